import { gql } from '../graphql';
import { type CreateGapInput, type CreateOfferInput } from '../graphql/graphql';

/**
 * Overrides of an input: its field names are checked against the schema (a renamed field fails
 * the type check), their values are not, so a test can send what the API must refuse.
 */
export type Overrides<Input> = { [Field in keyof Input]?: unknown };

/** Valid inputs in one call; override what the test is about. */
export function gapInput(overrides: Overrides<CreateGapInput> = {}): CreateGapInput {
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
  } as CreateGapInput;
}

export function offerInput(overrides: Overrides<CreateOfferInput> = {}): CreateOfferInput {
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
  } as CreateOfferInput;
}

export const GapFields = gql(`
  fragment GapFields on CapabilityGap {
    id status memberStateIso3 missionCode category capability title quantity unit priority
    languages neededFrom neededBy source statusReason
    objective { indicator baseline target }
    memberState { iso3 name regionName }
    mission { code name }
  }
`);

export const OfferFields = gql(`
  fragment OfferFields on Offer {
    id status donorIso3 category capabilities title capacity unit costPerUnit budget languages
    deliveryModes eligible excluded availableFrom availableTo statusReason
    donor { iso3 name }
  }
`);

export const ProposalFields = gql(`
  fragment ProposalFields on Proposal {
    id runId gapId offerId quantity status statusReason explanation
    tpccResponse donorResponse tpccRespondedAt donorRespondedAt
    gap { id status quantity reservedQuantity confirmedQuantity remainingQuantity }
    offer { id status capacity reservedCapacity confirmedCapacity remainingCapacity }
    partnership { id quantity deliveredQuantity status }
  }
`);
