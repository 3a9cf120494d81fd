import { Box } from '@mantine/core';
import { Link } from 'react-router';

import { useFormat } from '../i18n/format';
import { type CsvCell } from './csv';
import { type FigureTable } from './figure-table';
import classes from './figure-table.module.css';

/** A panel's numbers as an accessible table: a caption, column headers, numbers per locale. */
export function FigureTableView({ table, id }: { table: FigureTable; id?: string }) {
  const format = useFormat();
  const cell = (value: CsvCell, numeric?: boolean) =>
    numeric && typeof value === 'number' ? format.number(value) : (value ?? '—');
  const row = (cells: CsvCell[], link?: string) =>
    cells.map((value, index) => {
      const column = table.columns[index];
      const content = cell(value, column?.numeric);
      const className = column?.numeric ? classes.numeric : undefined;
      if (index > 0) {
        return (
          <td key={index} className={className}>
            {content}
          </td>
        );
      }
      return (
        <th key={index} scope="row" className={className}>
          {link ? (
            <Link className={classes.link} to={link}>
              {content}
            </Link>
          ) : (
            content
          )}
        </th>
      );
    });
  return (
    // Scrolls sideways in a narrow panel; focusable so a keyboard can scroll it (axe: scrollable-region-focusable).
    <Box id={id} tabIndex={0} style={{ overflowX: 'auto' }}>
      <table className={classes.table}>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th
                key={column.label}
                scope="col"
                className={column.numeric ? classes.numeric : undefined}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((cells, index) => (
            <tr key={index}>{row(cells, table.rowLinks?.[index])}</tr>
          ))}
        </tbody>
        {table.totals && (
          <tfoot>
            <tr>{row(table.totals)}</tr>
          </tfoot>
        )}
      </table>
    </Box>
  );
}
