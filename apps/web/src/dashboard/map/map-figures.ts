/** What the map shows: open demand by T/PCC, or offered capacity by donor. */
export type MapMode = 'demand' | 'capacity';

export const MAP_MODES: readonly MapMode[] = ['demand', 'capacity'];

/** The figure of each country that has one, by ISO3; a country absent here has no figure. */
export type MapFigures = Readonly<Record<string, number>>;

/** Rows of the API's reports turned into figures by ISO3. */
export function figuresOf<Row>(
  rows: readonly Row[] | undefined,
  iso3: (row: Row) => string,
  value: (row: Row) => number,
): MapFigures | undefined {
  return rows && Object.fromEntries(rows.map((row) => [iso3(row), value(row)]));
}

/** A figure of this country, if it has one (own keys only: "constructor" is no country). */
export function figureOf(values: MapFigures | undefined, iso3: string): number | undefined {
  return values && Object.hasOwn(values, iso3) ? values[iso3] : undefined;
}
