import { Table, type TableProps } from '@mantine/core';
import { type ReactNode } from 'react';

/** A column heading; numbers' columns are aligned right, as their cells are. */
export type Column = string | { label: string; right: true };

/**
 * A striped table of records under one row of column headings, scrolling sideways below
 * `minWidth` (the register and list tables).
 */
export function DataTable({
  minWidth,
  columns,
  children,
  ...tableProps
}: {
  minWidth: number;
  columns: Column[];
  children: ReactNode;
} & Omit<TableProps, 'children' | 'striped'>) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped {...tableProps}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column, index) =>
              typeof column === 'string' ? (
                <Table.Th key={index}>{column}</Table.Th>
              ) : (
                <Table.Th key={index} ta="right">
                  {column.label}
                </Table.Th>
              ),
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
