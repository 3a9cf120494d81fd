import countries from 'world-countries';

import {
  isIso3,
  isIso6391,
  isInRegion,
  isMemberState,
  isM49RegionCode,
  m49Ancestors,
  memberStateByIso3,
  toIso6391,
  UN_MEMBER_STATES,
} from '.';

describe('UN member states', () => {
  it('are exactly the 193 members, without observers', () => {
    expect(UN_MEMBER_STATES).toHaveLength(193);
    const codes = UN_MEMBER_STATES.map((state) => state.iso3);
    expect(new Set(codes).size).toBe(193);
    for (const observer of ['VAT', 'PSE']) expect(codes).not.toContain(observer);
    for (const member of ['RWA', 'USA', 'SSD', 'FRA', 'CHN', 'TLS', 'MNE'])
      expect(codes).toContain(member);
  });

  it("are world-countries' UN members less the Holy See, the one observer it marks as member", () => {
    const marked = countries.filter((country) => country.unMember).map((country) => country.cca3);
    expect(marked).toHaveLength(194);
    const codes = new Set(UN_MEMBER_STATES.map((state) => state.iso3));
    expect(marked.filter((code) => !codes.has(code))).toEqual(['VAT']);
  });

  it("recognise member states' ISO3 codes only, upper case", () => {
    for (const code of ['RWA', 'BGD', 'USA']) expect(isIso3(code)).toBe(true);
    for (const code of ['rwa', 'RW', 'VAT', 'PSE', 'XKX', '646', '']) {
      expect(isIso3(code)).toBe(false);
      expect(isMemberState(code)).toBe(false);
    }
  });

  it('carry codes, M49 groupings and ISO 639-1 languages', () => {
    expect(memberStateByIso3('RWA')).toEqual({
      iso3: 'RWA',
      iso2: 'RW',
      m49: '646',
      name: 'Rwanda',
      officialName: 'Republic of Rwanda',
      region: { code: '002', name: 'Africa' },
      subRegion: { code: '014', name: 'Eastern Africa' },
      regionCodes: ['014', '202', '002'],
      languages: ['en', 'fr', 'rw'],
    });
    expect(memberStateByIso3('IND')?.subRegion).toEqual({ code: '034', name: 'Southern Asia' });
    expect(memberStateByIso3('IRN')?.languages).toEqual(['fa']);
  });

  it('every state has a region, a sub-region and (but Montenegro) an ISO 639-1 language', () => {
    expect(memberStateByIso3('AUT')?.languages).toEqual(['de']);
    expect(memberStateByIso3('MNE')?.languages).toEqual([]);
    for (const state of UN_MEMBER_STATES) {
      expect(state.region.code).toMatch(/^\d{3}$/);
      expect(state.subRegion.code).toMatch(/^\d{3}$/);
      if (state.iso3 !== 'MNE') expect(state.languages.length).toBeGreaterThan(0);
      for (const language of state.languages) expect(isIso6391(language)).toBe(true);
    }
  });
});

describe('M49 regions', () => {
  it('recognises regions, sub-regions and intermediate regions but not countries or World', () => {
    for (const code of ['002', '202', '014', '142', '034', '150', '019', '009']) {
      expect(isM49RegionCode(code)).toBe(true);
    }
    for (const code of ['646', '001', '999', 'RWA']) expect(isM49RegionCode(code)).toBe(false);
  });

  it('places a state in each area that contains it', () => {
    expect(isInRegion('RWA', '014')).toBe(true);
    expect(isInRegion('RWA', '202')).toBe(true);
    expect(isInRegion('RWA', '002')).toBe(true);
    expect(isInRegion('RWA', '011')).toBe(false);
    expect(isInRegion('NPL', '034')).toBe(true);
    expect(isInRegion('XXX', '002')).toBe(false);
    expect(m49Ancestors('646').map((region) => region.code)).toEqual(['014', '202', '002']);
  });

  it('maps ISO 639-3 to ISO 639-1 where a code exists', () => {
    expect(toIso6391('fra')).toBe('fr');
    expect(toIso6391('kin')).toBe('rw');
    expect(toIso6391('gsw')).toBeUndefined();
  });
});
