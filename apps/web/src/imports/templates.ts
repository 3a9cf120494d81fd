// The import templates of the repository (templates/, written by `npm run templates` from the
// import columns), bundled as files of the web app: one source, no copy to keep in step, and no
// API route to serve them. `no-inline`: a file, not a data: URL, so the download is the file.
import gapsCsv from '../../../../templates/gaps-template.csv?url&no-inline';
import gapsXlsx from '../../../../templates/gaps-template.xlsx?url&no-inline';
import offersCsv from '../../../../templates/offers-template.csv?url&no-inline';
import offersXlsx from '../../../../templates/offers-template.xlsx?url&no-inline';
import requirementsCsv from '../../../../templates/ministerial-requirements-template.csv?url&no-inline';
import requirementsXlsx from '../../../../templates/ministerial-requirements-template.xlsx?url&no-inline';

export type ImportKind = 'gaps' | 'offers' | 'requirements';

export interface Template {
  format: 'csv' | 'xlsx';
  url: string;
  /** The name the download is saved under (the bundled file's name carries a hash). */
  filename: string;
}

export const TEMPLATES: Record<ImportKind, Template[]> = {
  gaps: [
    { format: 'csv', url: gapsCsv, filename: 'gaps-template.csv' },
    { format: 'xlsx', url: gapsXlsx, filename: 'gaps-template.xlsx' },
  ],
  offers: [
    { format: 'csv', url: offersCsv, filename: 'offers-template.csv' },
    { format: 'xlsx', url: offersXlsx, filename: 'offers-template.xlsx' },
  ],
  requirements: [
    { format: 'csv', url: requirementsCsv, filename: 'ministerial-requirements-template.csv' },
    { format: 'xlsx', url: requirementsXlsx, filename: 'ministerial-requirements-template.xlsx' },
  ],
};
