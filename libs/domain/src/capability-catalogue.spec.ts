import { CAPABILITY_CATALOGUE, isCatalogued } from './capability-catalogue';
import { CAPABILITY_CODE_PATTERN, CATEGORIES, Category } from './category';

describe('capability catalogue', () => {
  it('has exactly the categories of the Category enum', () => {
    expect(Object.keys(CAPABILITY_CATALOGUE).sort()).toEqual([...CATEGORIES].sort());
  });

  it.each(CATEGORIES)('lists 6 to 10 capabilities for %s', (category) => {
    expect(CAPABILITY_CATALOGUE[category].length).toBeGreaterThanOrEqual(6);
    expect(CAPABILITY_CATALOGUE[category].length).toBeLessThanOrEqual(10);
  });

  it.each(CATEGORIES)('gives every %s capability a well-formed code and a label', (category) => {
    for (const { code, label } of CAPABILITY_CATALOGUE[category]) {
      expect(code).toMatch(CAPABILITY_CODE_PATTERN);
      expect(code.length).toBeLessThanOrEqual(80);
      expect(label.trim().length).toBeGreaterThan(3);
    }
  });

  it.each(CATEGORIES)('has unique codes and labels within %s', (category) => {
    const codes = CAPABILITY_CATALOGUE[category].map((capability) => capability.code);
    const labels = CAPABILITY_CATALOGUE[category].map((capability) => capability.label);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('knows the capabilities named in DESIGN.md', () => {
    expect(isCatalogued(Category.MEDICAL, 'LEVEL_2_HOSPITAL')).toBe(true);
    expect(isCatalogued(Category.MEDICAL, 'CASEVAC')).toBe(true);
    expect(isCatalogued(Category.TECHNOLOGY, 'C_IED')).toBe(true);
    expect(isCatalogued(Category.WOMEN_PARTICIPATION, 'FEMALE_ENGAGEMENT_TEAM')).toBe(true);
    expect(isCatalogued(Category.POC_TRAINING, 'EARLY_WARNING')).toBe(true);
  });

  it('rejects a code from another category, an unknown code and a wrongly cased code', () => {
    expect(isCatalogued(Category.TECHNOLOGY, 'CASEVAC')).toBe(false);
    expect(isCatalogued(Category.MEDICAL, 'TELEPORTATION')).toBe(false);
    expect(isCatalogued(Category.MEDICAL, 'casevac')).toBe(false);
    expect(isCatalogued(Category.MEDICAL, '')).toBe(false);
  });

  it('rejects an unknown category', () => {
    expect(isCatalogued('NOT_A_CATEGORY' as Category, 'CASEVAC')).toBe(false);
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(CAPABILITY_CATALOGUE)).toBe(true);
    for (const category of CATEGORIES) {
      expect(Object.isFrozen(CAPABILITY_CATALOGUE[category])).toBe(true);
      expect(Object.isFrozen(CAPABILITY_CATALOGUE[category][0])).toBe(true);
    }
  });
});
