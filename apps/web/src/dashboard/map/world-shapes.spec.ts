import { MEMBER_STATE_CODES } from './member-state-codes';
import { MAP_WIDTH, worldShapes } from './world-shapes';

describe('the world as drawn', () => {
  const { height, countries } = worldShapes();
  const byIso3 = new Map(countries.map((country) => [country.iso3, country]));

  it('draws each of the 193 member states once, as a shape or a dot', () => {
    const memberStates = countries.filter((country) => country.iso3 !== undefined);
    expect(memberStates).toHaveLength(193);
    expect(new Set(memberStates.map((country) => country.iso3)).size).toBe(193);
    for (const country of memberStates) expect(country.d !== '' || country.marker).toBeTruthy();
  });

  it('keeps every drawing inside the view box', () => {
    expect(height).toBeGreaterThan(300);
    expect(height).toBeLessThan(MAP_WIDTH);
    for (const { anchor } of countries) {
      expect(anchor[0]).toBeGreaterThanOrEqual(0);
      expect(anchor[0]).toBeLessThanOrEqual(MAP_WIDTH);
      expect(anchor[1]).toBeGreaterThanOrEqual(0);
      expect(anchor[1]).toBeLessThanOrEqual(height);
    }
  });

  it('puts countries where they are: Chad east of Mali, Norway north of Rwanda', () => {
    expect(byIso3.get('TCD')!.anchor[0]).toBeGreaterThan(byIso3.get('MLI')!.anchor[0]);
    expect(byIso3.get('NOR')!.anchor[1]).toBeLessThan(byIso3.get('RWA')!.anchor[1]);
    // France's tooltip points at France, not between it and French Guiana.
    expect(byIso3.get('FRA')!.anchor[1]).toBeLessThan(byIso3.get('NGA')!.anchor[1]);
  });

  it('draws Singapore as a dot near Malaysia', () => {
    expect(MEMBER_STATE_CODES.SGP!.point).toBeDefined();
    const singapore = byIso3.get('SGP')!;
    const malaysia = byIso3.get('MYS')!;
    expect(singapore.d).toBe('');
    expect(singapore.marker).toEqual(singapore.anchor);
    expect(
      Math.hypot(
        singapore.anchor[0] - malaysia.anchor[0],
        singapore.anchor[1] - malaysia.anchor[1],
      ),
    ).toBeLessThan(40);
  });

  it('marks the countries too small to click with a dot, and only those', () => {
    for (const iso3 of ['RWA', 'BDI', 'LBN', 'GMB', 'DJI'])
      expect(byIso3.get(iso3)!.marker).toBeDefined();
    for (const iso3 of ['FRA', 'TCD', 'NLD', 'BGD', 'SEN'])
      expect(byIso3.get(iso3)!.marker).toBeUndefined();
  });

  it('draws Somaliland within Somalia and leaves Antarctica out', () => {
    expect((byIso3.get('SOM')!.d.match(/M/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(countries.some((country) => country.numeric === '010')).toBe(false);
  });
});
