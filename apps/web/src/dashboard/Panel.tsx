import { Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type CombinedError } from '@urql/core';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { PageLoader } from '../common/PageLoader';
import { apiErrorOf } from '../graphql/errors';
import { DownloadCsvButton } from './DownloadCsvButton';
import { type FigureTable } from './figure-table';
import { FigureTableView } from './FigureTableView';
import { usePrinting } from './use-printing';

interface PanelProps {
  /** Stable, for tests and the print stylesheet: `data-panel` on the section. */
  name: string;
  title: string;
  description?: ReactNode;
  /** Undefined while loading. */
  table?: FigureTable;
  /** A chart of the table's numbers; without one, the table is always shown. */
  chart?: ReactNode;
  /** Shown above the chart (a summary, controls). */
  children?: ReactNode;
  fetching: boolean;
  error?: CombinedError;
}

/**
 * One dashboard panel: an h2, its chart, the same numbers as a table (behind "Show table" when
 * there is a chart) and their CSV download.
 */
export function Panel({
  name,
  title,
  description,
  table,
  chart,
  children,
  fetching,
  error,
}: PanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const tableId = useId();
  const [tableShown, setTableShown] = useState(false);
  const printing = usePrinting();
  const empty = table !== undefined && table.rows.length === 0;
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={headingId}
      data-panel={name}
      // Its numbers are in (or its error): what the dashboard benchmark waits for.
      data-ready={table !== undefined || error !== undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h4" id={headingId}>
            {title}
          </Title>
          {table && (
            <Box className="no-print">
              <DownloadCsvButton table={table} />
            </Box>
          )}
        </Group>
        {description && (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        )}
        {children}
        {error && <ApiErrorAlert error={apiErrorOf(error)!} />}
        {!table && fetching && <PageLoader />}
        {empty && <Text size="sm">{t('dashboard.empty')}</Text>}
        {table && !empty && chart && (
          <>
            <Box>{chart}</Box>
            <Group className="no-print">
              <Button
                variant="default"
                size="xs"
                aria-expanded={tableShown}
                aria-controls={tableId}
                onClick={() => setTableShown((shown) => !shown)}
              >
                {tableShown ? t('dashboard.hideTable') : t('dashboard.showTable')}
              </Button>
            </Group>
          </>
        )}
        {/* On paper the numbers go under the chart, shown or not on screen. */}
        {table && !empty && chart && !tableShown && printing && (
          <Box className="print-only">
            <FigureTableView table={table} />
          </Box>
        )}
        {table && !empty && (!chart || tableShown) && (
          <FigureTableView table={table} id={tableId} />
        )}
      </Stack>
    </Paper>
  );
}
