/** Valid inputs in one call; override what the test is about. */
export function gapInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    memberState: 'RWA',
    mission: 'MINUSCA',
    unitType: 'Infantry battalion',
    category: 'MEDICAL',
    capability: 'CASEVAC',
    title: 'CASEVAC teams for company operating bases',
    description: 'Two company bases lack trained casualty evacuation teams.',
    quantity: 40,
    unit: 'TRAINEES',
    priority: 'HIGH',
    languages: ['fr', 'en'],
    neededFrom: '2027-01-15',
    neededBy: '2027-06-30',
    objective: {
      indicator: '% of patrols with a certified CASEVAC team',
      baseline: 30,
      target: 90,
    },
    source: 'PCRS_ASSESSMENT',
    ...overrides,
  };
}

export function offerInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    donor: 'USA',
    category: 'MEDICAL',
    capabilities: ['CASEVAC', 'COMBAT_LIFESAVER'],
    title: 'Combat lifesaver and CASEVAC training',
    description: 'Mobile training teams deliver certified courses.',
    capacity: 120,
    unit: 'TRAINEES',
    languages: ['en', 'fr'],
    deliveryModes: ['MOBILE_TEAM', 'IN_COUNTRY'],
    eligible: ['002'],
    excluded: [],
    availableFrom: '2027-01-01',
    availableTo: '2027-12-31',
    ...overrides,
  };
}

export const GAP_FIELDS = `
  id status memberStateIso3 missionCode category capability title quantity unit priority
  languages neededFrom neededBy source statusReason
  objective { indicator baseline target }
  memberState { iso3 name regionName }
  mission { code name }
`;

export const OFFER_FIELDS = `
  id status donorIso3 category capabilities title capacity unit costPerUnit budget languages
  deliveryModes eligible excluded availableFrom availableTo statusReason
  donor { iso3 name }
`;
