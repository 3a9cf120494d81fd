import { types } from 'pg';

const DATE_OID = 1082;

/**
 * Keep Postgres `date` values as `YYYY-MM-DD` strings: pg would turn them into a JS Date at local
 * midnight, which shifts the day in time zones west of UTC.
 */
export function keepDatesAsStrings(): void {
  types.setTypeParser(DATE_OID, (value: string) => value);
}
