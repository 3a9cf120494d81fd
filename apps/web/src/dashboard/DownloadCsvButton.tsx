import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { downloadCsv, toCsv } from './csv';
import { csvRowsOf, type FigureTable } from './figure-table';

/** Writes exactly the panel's table (header in the interface language) as a CSV file. */
export function DownloadCsvButton({ table }: { table: FigureTable }) {
  const { t } = useTranslation();
  return (
    <Button
      variant="default"
      size="xs"
      flex="none"
      aria-label={t('dashboard.downloadCsvOf', { title: table.caption })}
      onClick={() =>
        downloadCsv(
          `${table.fileName}.csv`,
          toCsv(
            table.columns.map((column) => column.label),
            csvRowsOf(table),
          ),
        )
      }
    >
      {t('dashboard.downloadCsv')}
    </Button>
  );
}
