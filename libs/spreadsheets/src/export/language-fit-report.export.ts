import { LanguageFitArgs, ReportPolicy, type ReportsService } from '@app/reports';

import { type ExportKind, REPORT_GAP_FILTER, reportExport, rowsOf } from './export-kind';

const LANGUAGE_FIGURES = [
  'gaps',
  'demand',
  'confirmed',
  'confirmedInLanguage',
  'proposed',
  'proposedInLanguage',
  'unmet',
  'coveredPercent',
  'inLanguagePercent',
] as const;

/** /export/reports/language-fit: the ONLY_LANGUAGE, ALSO_OTHER_LANGUAGES, TOTAL and SUPPLY rows. */
export function languageFitReportExport(reports: ReportsService): ExportKind<LanguageFitArgs> {
  return reportExport({
    path: 'reports/language-fit',
    title: (args) => `language-fit-${args.language}`,
    rule: ReportPolicy.readScoped,
    args: LanguageFitArgs,
    params: { args: { language: 'language' }, filter: REPORT_GAP_FILTER },
    headers: () => [
      'language',
      'row',
      ...LANGUAGE_FIGURES,
      'supplyOffers',
      'supplyCapacity',
      'supplyRemaining',
    ],
    rows: (ctx, args) =>
      rowsOf(async () => {
        const report = await reports.languageFit(ctx, args);
        const none = LANGUAGE_FIGURES.map(() => null);
        return [
          ...(
            [
              ['ONLY_LANGUAGE', report.onlyLanguage],
              ['ALSO_OTHER_LANGUAGES', report.alsoOtherLanguages],
              ['TOTAL', report.total],
            ] as const
          ).map(([row, figures]) => [
            report.language,
            row,
            ...LANGUAGE_FIGURES.map((name) => figures[name]),
            null,
            null,
            null,
          ]),
          [
            report.language,
            'SUPPLY',
            ...none,
            report.supply.offers,
            report.supply.capacity,
            report.supply.remaining,
          ],
        ];
      }),
  });
}
