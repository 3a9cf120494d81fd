import { Anchor, Box, Table } from '@mantine/core';
import { Link } from 'react-router';

import { useFormat } from '../i18n/format';
import { type CsvCell } from './csv';
import { type FigureTable } from './figure-table';

/** A panel's numbers as an accessible table: a caption, column headers, numbers per locale. */
export function FigureTableView({ table, id }: { table: FigureTable; id?: string }) {
  const format = useFormat();
  const cell = (value: CsvCell, numeric?: boolean) =>
    numeric && typeof value === 'number' ? format.number(value) : (value ?? '—');
  const row = (cells: CsvCell[], link?: string) =>
    cells.map((value, index) => {
      const column = table.columns[index];
      const content = cell(value, column?.numeric);
      const Cell = index === 0 ? Table.Th : Table.Td;
      return (
        <Cell
          key={index}
          ta={column?.numeric ? 'right' : undefined}
          scope={index === 0 ? 'row' : undefined}
        >
          {index === 0 && link ? (
            <Anchor component={Link} to={link}>
              {content}
            </Anchor>
          ) : (
            content
          )}
        </Cell>
      );
    });
  return (
    // Scrolls sideways in a narrow panel; focusable so a keyboard can scroll it (axe: scrollable-region-focusable).
    <Box id={id} tabIndex={0} style={{ overflowX: 'auto' }}>
      <Table striped verticalSpacing={4} fz="sm" captionSide="top">
        <Table.Caption>{table.caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {table.columns.map((column) => (
              <Table.Th key={column.label} scope="col" ta={column.numeric ? 'right' : undefined}>
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((cells, index) => (
            <Table.Tr key={index}>{row(cells, table.rowLinks?.[index])}</Table.Tr>
          ))}
        </Table.Tbody>
        {table.totals && (
          <Table.Tfoot>
            <Table.Tr fw={600}>{row(table.totals)}</Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Box>
  );
}
