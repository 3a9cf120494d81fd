import codes from './member-state-codes.json';

/**
 * A UN member state's ISO 3166-1 numeric code (world-atlas's country ids) and alpha-2 code (for
 * its name in the user's language). The 28 states too small for the 1:110m atlas (Singapore,
 * Malta, island states) get a point, [longitude, latitude], drawn as a dot.
 */
export interface MemberStateCode {
  numeric: string;
  iso2: string;
  point?: readonly [number, number];
}

/**
 * Each member state's codes, by ISO3: data in member-state-codes.json, generated from libs/geo
 * (the service's member states) and world-countries; do not edit it:
 * `LCM_WRITE_MAP_CODES=1 npm run -s jest -- --testPathPatterns member-state-codes` rewrites it,
 * and the same test fails whenever it drifts from libs/geo (JSON types a point as number[]; the
 * test holds each to its two numbers).
 */
export const MEMBER_STATE_CODES = codes as unknown as Readonly<Record<string, MemberStateCode>>;

/** The ISO numeric code of a member state's ISO3 code (upper case), if it is one. */
export function numericOf(iso3: string): string | undefined {
  return Object.hasOwn(MEMBER_STATE_CODES, iso3) ? MEMBER_STATE_CODES[iso3]!.numeric : undefined;
}
