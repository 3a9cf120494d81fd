import { Button, Group, Paper, SimpleGrid } from '@mantine/core';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A register's filters: a labelled section with the filters in a grid, then a row with any other
 * choices (order, page size) and "Reset", which clears them all.
 */
export function FiltersPanel({
  label,
  columns,
  onReset,
  options,
  children,
}: {
  label: string;
  /** Filters per row on a wide screen. */
  columns: number;
  onReset: () => void;
  options?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" component="section" aria-label={label}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: columns }} spacing="sm">
        {children}
      </SimpleGrid>
      <Group mt="sm" gap="sm" align="flex-end">
        {options}
        <Button variant="subtle" onClick={onReset}>
          {t('list.reset')}
        </Button>
      </Group>
    </Paper>
  );
}
