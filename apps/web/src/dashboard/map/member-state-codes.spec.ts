import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import atlas from 'world-atlas/countries-110m.json';
import countries from 'world-countries';

import { UN_MEMBER_STATES } from '../../../../../libs/geo/src';
import { MEMBER_STATE_CODES, type MemberStateCode, numericOf } from './member-state-codes';

/** The numeric ids of the countries drawn in world-atlas's 1:110m file. */
const SHAPE_IDS = new Set(
  atlas.objects.countries.geometries.flatMap((geometry) =>
    'id' in geometry && geometry.id ? [geometry.id] : [],
  ),
);

/** The table as libs/geo and world-countries say it should be. */
function expectedCodes(): Record<string, MemberStateCode> {
  return Object.fromEntries(
    UN_MEMBER_STATES.map((state): [string, MemberStateCode] => {
      if (SHAPE_IDS.has(state.m49)) return [state.iso3, { numeric: state.m49, iso2: state.iso2 }];
      const [lat, lon] = countries.find((country) => country.cca3 === state.iso3)!.latlng;
      return [state.iso3, { numeric: state.m49, iso2: state.iso2, point: [lon, lat] }];
    }),
  );
}

const DATA = join(__dirname, 'member-state-codes.json');

/** The table as JSON, a state a line (as Prettier leaves it). */
function json(codes: Record<string, MemberStateCode>): string {
  const rows = Object.entries(codes).map(([iso3, code]) => {
    const point = code.point ? `, "point": [${code.point.join(', ')}]` : '';
    return `  "${iso3}": { "numeric": "${code.numeric}", "iso2": "${code.iso2}"${point} }`;
  });
  return `{\n${rows.join(',\n')}\n}\n`;
}

describe('member state codes for the map', () => {
  it('match libs/geo: every member state, its ISO numeric code, and a point where no shape', () => {
    const expected = expectedCodes();
    // LCM_WRITE_MAP_CODES=1 npm run -s jest -- --testPathPatterns member-state-codes
    if (process.env.LCM_WRITE_MAP_CODES === '1') writeFileSync(DATA, json(expected));
    expect(MEMBER_STATE_CODES).toEqual(expected);
    expect(Object.keys(MEMBER_STATE_CODES)).toHaveLength(193);
  });

  it.each(UN_MEMBER_STATES.map((state) => [state.iso3, state.m49]))(
    'maps %s to %s, drawn as a shape or a point',
    (iso3, m49) => {
      expect(numericOf(iso3)).toBe(m49);
      const code = MEMBER_STATE_CODES[iso3]!;
      expect(SHAPE_IDS.has(m49) || code.point !== undefined).toBe(true);
    },
  );

  it('gives no code for what is not a member state', () => {
    expect(numericOf('PSE')).toBeUndefined();
    expect(numericOf('VAT')).toBeUndefined();
    expect(numericOf('rwa')).toBeUndefined();
  });

  it('has ISO numeric codes as world-atlas writes them: three digits', () => {
    expect(numericOf('AND')).toBe('020');
    expect(numericOf('RWA')).toBe('646');
    expect(numericOf('FRA')).toBe('250');
  });
});
