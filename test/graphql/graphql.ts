/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Capability category */
export type Category =
  | 'AVIATION'
  | 'BASIC_SKILLS'
  | 'COMMAND_AND_CONTROL'
  | 'CONDUCT_AND_DISCIPLINE'
  | 'ENGINEERING'
  | 'LEADERSHIP'
  | 'LOGISTICS'
  | 'MEDICAL'
  | 'OTHER'
  | 'POC_TRAINING'
  | 'SAFETY_AND_SECURITY'
  | 'TECHNOLOGY'
  | 'WOMEN_PARTICIPATION';

export type CreateGapInput = {
  /** UPPER_SNAKE capability code, e.g. LEVEL_2_HOSPITAL */
  capability: string;
  category: Category;
  description?: string | null | undefined;
  /** Your reference for it (e.g. a row id in your own sheet); unique, fixed once set */
  externalRef?: string | null | undefined;
  /** Accepted languages, ISO 639-1, e.g. ["fr", "en"] */
  languages: Array<string>;
  /** ISO3 code of the T/PCC, e.g. RWA */
  memberState: string;
  /** Mission code, e.g. MINUSCA */
  mission?: string | null | undefined;
  /** Support needed by this day (inclusive) */
  neededBy: string;
  /** Support needed from this day, YYYY-MM-DD */
  neededFrom: string;
  objective?: GapObjectiveInput | null | undefined;
  /** Open the gap at once instead of saving a DRAFT */
  open?: boolean | null | undefined;
  preferredDeliveryModes?: Array<DeliveryMode> | null | undefined;
  priority: Priority;
  quantity: number;
  source?: GapSource | null | undefined;
  title: string;
  unit: QuantityUnit;
  unitType?: string | null | undefined;
};

export type CreateOfferInput = {
  /** Available from this day, YYYY-MM-DD */
  availableFrom: string;
  /** Available until this day (inclusive) */
  availableTo: string;
  /** Total budget, US dollars; needs costPerUnit */
  budget?: number | null | undefined;
  /** Capability codes offered; empty = the whole category */
  capabilities?: Array<string> | null | undefined;
  capacity: number;
  category: Category;
  /** US dollars per unit */
  costPerUnit?: number | null | undefined;
  deliveryModes?: Array<DeliveryMode> | null | undefined;
  description?: string | null | undefined;
  /** ISO3 code of the donor member state, e.g. USA */
  donor: string;
  /** ISO3 codes or three-digit M49 region codes (002 = Africa); empty = all */
  eligible?: Array<string> | null | undefined;
  excluded?: Array<string> | null | undefined;
  /** Your reference for it (e.g. a row id in your own sheet); unique, fixed once set */
  externalRef?: string | null | undefined;
  /** Delivery languages, ISO 639-1, e.g. ["en", "fr"] */
  languages: Array<string>;
  /** Open the offer at once instead of saving a DRAFT */
  open?: boolean | null | undefined;
  title: string;
  unit: QuantityUnit;
};

/** How support is delivered */
export type DeliveryMode =
  | 'DONOR_COUNTRY'
  | 'IN_COUNTRY'
  | 'MOBILE_TEAM'
  | 'REGIONAL_TRAINING_CENTRE'
  | 'REMOTE';

export type GapObjectiveInput = {
  baseline?: number | null | undefined;
  indicator: string;
  target?: number | null | undefined;
};

/** Where a gap was identified */
export type GapSource =
  | 'PCRS_ASSESSMENT'
  | 'PERFORMANCE_EVALUATION'
  | 'SELF_DECLARED';

export type GapStatus =
  | 'CANCELLED'
  | 'CLOSED'
  | 'DRAFT'
  | 'MATCHED'
  | 'OPEN'
  | 'PARTIALLY_MATCHED';

export type OfferStatus =
  | 'DRAFT'
  | 'EXPIRED'
  | 'FULLY_ALLOCATED'
  | 'OPEN'
  | 'PARTIALLY_ALLOCATED'
  | 'WITHDRAWN';

export type Priority =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type QuantityUnit =
  | 'COURSES'
  | 'ITEMS'
  | 'TRAINEES'
  | 'UNITS';

export type UpdateGapInput = {
  /** UPPER_SNAKE capability code, e.g. LEVEL_2_HOSPITAL */
  capability?: string | null | undefined;
  category?: Category | null | undefined;
  description?: string | null | undefined;
  id: string | number;
  /** Accepted languages, ISO 639-1, e.g. ["fr", "en"] */
  languages?: Array<string> | null | undefined;
  /** Mission code, e.g. MINUSCA */
  mission?: string | null | undefined;
  /** Support needed by this day (inclusive) */
  neededBy?: string | null | undefined;
  /** Support needed from this day, YYYY-MM-DD */
  neededFrom?: string | null | undefined;
  objective?: GapObjectiveInput | null | undefined;
  preferredDeliveryModes?: Array<DeliveryMode> | null | undefined;
  priority?: Priority | null | undefined;
  quantity?: number | null | undefined;
  source?: GapSource | null | undefined;
  title?: string | null | undefined;
  unit?: QuantityUnit | null | undefined;
  unitType?: string | null | undefined;
};

export type UpdateOfferInput = {
  /** Available from this day, YYYY-MM-DD */
  availableFrom?: string | null | undefined;
  /** Available until this day (inclusive) */
  availableTo?: string | null | undefined;
  /** Total budget, US dollars; needs costPerUnit */
  budget?: number | null | undefined;
  /** Capability codes offered; empty = the whole category */
  capabilities?: Array<string> | null | undefined;
  capacity?: number | null | undefined;
  category?: Category | null | undefined;
  /** US dollars per unit */
  costPerUnit?: number | null | undefined;
  deliveryModes?: Array<DeliveryMode> | null | undefined;
  description?: string | null | undefined;
  /** ISO3 codes or three-digit M49 region codes (002 = Africa); empty = all */
  eligible?: Array<string> | null | undefined;
  excluded?: Array<string> | null | undefined;
  id: string | number;
  /** Delivery languages, ISO 639-1, e.g. ["en", "fr"] */
  languages?: Array<string> | null | undefined;
  title?: string | null | undefined;
  unit?: QuantityUnit | null | undefined;
};

export type CreateGapMutationVariables = Exact<{
  input: CreateGapInput;
}>;


export type CreateGapMutation = { createGap: { id: string, status: GapStatus, memberStateIso3: string, missionCode: string | null, category: Category, capability: string, title: string, quantity: number, unit: QuantityUnit, priority: Priority, languages: Array<string>, neededFrom: string, neededBy: string, source: GapSource, statusReason: string | null, objective: { indicator: string | null, baseline: number | null, target: number | null }, memberState: { iso3: string, name: string, regionName: string }, mission: { code: string, name: string } | null } };

export type UpdateGapMutationVariables = Exact<{
  input: UpdateGapInput;
}>;


export type UpdateGapMutation = { updateGap: { id: string, status: GapStatus, memberStateIso3: string, missionCode: string | null, category: Category, capability: string, title: string, quantity: number, unit: QuantityUnit, priority: Priority, languages: Array<string>, neededFrom: string, neededBy: string, source: GapSource, statusReason: string | null, objective: { indicator: string | null, baseline: number | null, target: number | null }, memberState: { iso3: string, name: string, regionName: string }, mission: { code: string, name: string } | null } };

export type OpenGapMutationVariables = Exact<{
  id: string | number;
}>;


export type OpenGapMutation = { openGap: { id: string, status: GapStatus } };

export type CancelGapMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type CancelGapMutation = { cancelGap: { id: string, status: GapStatus, statusReason: string | null } };

export type GapQueryVariables = Exact<{
  id: string | number;
}>;


export type GapQuery = { gap: { id: string, status: GapStatus, memberStateIso3: string, missionCode: string | null, category: Category, capability: string, title: string, quantity: number, unit: QuantityUnit, priority: Priority, languages: Array<string>, neededFrom: string, neededBy: string, source: GapSource, statusReason: string | null, objective: { indicator: string | null, baseline: number | null, target: number | null }, memberState: { iso3: string, name: string, regionName: string }, mission: { code: string, name: string } | null } | null };

export type CreateOfferMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type CreateOfferMutation = { createOffer: { id: string, status: OfferStatus, donorIso3: string, category: Category, capabilities: Array<string>, title: string, capacity: number, unit: QuantityUnit, costPerUnit: number | null, budget: number | null, languages: Array<string>, deliveryModes: Array<DeliveryMode>, eligible: Array<string>, excluded: Array<string>, availableFrom: string, availableTo: string, statusReason: string | null, donor: { iso3: string, name: string } } };

export type UpdateOfferMutationVariables = Exact<{
  input: UpdateOfferInput;
}>;


export type UpdateOfferMutation = { updateOffer: { id: string, status: OfferStatus, donorIso3: string, category: Category, capabilities: Array<string>, title: string, capacity: number, unit: QuantityUnit, costPerUnit: number | null, budget: number | null, languages: Array<string>, deliveryModes: Array<DeliveryMode>, eligible: Array<string>, excluded: Array<string>, availableFrom: string, availableTo: string, statusReason: string | null, donor: { iso3: string, name: string } } };

export type OpenOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type OpenOfferMutation = { openOffer: { id: string, status: OfferStatus } };

export type WithdrawOfferMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawOfferMutation = { withdrawOffer: { id: string, status: OfferStatus, statusReason: string | null } };

export type GapFieldsFragment = { id: string, status: GapStatus, memberStateIso3: string, missionCode: string | null, category: Category, capability: string, title: string, quantity: number, unit: QuantityUnit, priority: Priority, languages: Array<string>, neededFrom: string, neededBy: string, source: GapSource, statusReason: string | null, objective: { indicator: string | null, baseline: number | null, target: number | null }, memberState: { iso3: string, name: string, regionName: string }, mission: { code: string, name: string } | null };

export type OfferFieldsFragment = { id: string, status: OfferStatus, donorIso3: string, category: Category, capabilities: Array<string>, title: string, capacity: number, unit: QuantityUnit, costPerUnit: number | null, budget: number | null, languages: Array<string>, deliveryModes: Array<DeliveryMode>, eligible: Array<string>, excluded: Array<string>, availableFrom: string, availableTo: string, statusReason: string | null, donor: { iso3: string, name: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const GapFieldsFragmentDoc = new TypedDocumentString(`
    fragment GapFields on CapabilityGap {
  id
  status
  memberStateIso3
  missionCode
  category
  capability
  title
  quantity
  unit
  priority
  languages
  neededFrom
  neededBy
  source
  statusReason
  objective {
    indicator
    baseline
    target
  }
  memberState {
    iso3
    name
    regionName
  }
  mission {
    code
    name
  }
}
    `, {"fragmentName":"GapFields"}) as unknown as TypedDocumentString<GapFieldsFragment, unknown>;
export const OfferFieldsFragmentDoc = new TypedDocumentString(`
    fragment OfferFields on Offer {
  id
  status
  donorIso3
  category
  capabilities
  title
  capacity
  unit
  costPerUnit
  budget
  languages
  deliveryModes
  eligible
  excluded
  availableFrom
  availableTo
  statusReason
  donor {
    iso3
    name
  }
}
    `, {"fragmentName":"OfferFields"}) as unknown as TypedDocumentString<OfferFieldsFragment, unknown>;
export const CreateGapDocument = new TypedDocumentString(`
    mutation CreateGap($input: CreateGapInput!) {
  createGap(input: $input) {
    ...GapFields
  }
}
    fragment GapFields on CapabilityGap {
  id
  status
  memberStateIso3
  missionCode
  category
  capability
  title
  quantity
  unit
  priority
  languages
  neededFrom
  neededBy
  source
  statusReason
  objective {
    indicator
    baseline
    target
  }
  memberState {
    iso3
    name
    regionName
  }
  mission {
    code
    name
  }
}`) as unknown as TypedDocumentString<CreateGapMutation, CreateGapMutationVariables>;
export const UpdateGapDocument = new TypedDocumentString(`
    mutation UpdateGap($input: UpdateGapInput!) {
  updateGap(input: $input) {
    ...GapFields
  }
}
    fragment GapFields on CapabilityGap {
  id
  status
  memberStateIso3
  missionCode
  category
  capability
  title
  quantity
  unit
  priority
  languages
  neededFrom
  neededBy
  source
  statusReason
  objective {
    indicator
    baseline
    target
  }
  memberState {
    iso3
    name
    regionName
  }
  mission {
    code
    name
  }
}`) as unknown as TypedDocumentString<UpdateGapMutation, UpdateGapMutationVariables>;
export const OpenGapDocument = new TypedDocumentString(`
    mutation OpenGap($id: ID!) {
  openGap(input: {id: $id}) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OpenGapMutation, OpenGapMutationVariables>;
export const CancelGapDocument = new TypedDocumentString(`
    mutation CancelGap($id: ID!, $reason: String) {
  cancelGap(input: {id: $id, reason: $reason}) {
    id
    status
    statusReason
  }
}
    `) as unknown as TypedDocumentString<CancelGapMutation, CancelGapMutationVariables>;
export const GapDocument = new TypedDocumentString(`
    query Gap($id: ID!) {
  gap(id: $id) {
    ...GapFields
  }
}
    fragment GapFields on CapabilityGap {
  id
  status
  memberStateIso3
  missionCode
  category
  capability
  title
  quantity
  unit
  priority
  languages
  neededFrom
  neededBy
  source
  statusReason
  objective {
    indicator
    baseline
    target
  }
  memberState {
    iso3
    name
    regionName
  }
  mission {
    code
    name
  }
}`) as unknown as TypedDocumentString<GapQuery, GapQueryVariables>;
export const CreateOfferDocument = new TypedDocumentString(`
    mutation CreateOffer($input: CreateOfferInput!) {
  createOffer(input: $input) {
    ...OfferFields
  }
}
    fragment OfferFields on Offer {
  id
  status
  donorIso3
  category
  capabilities
  title
  capacity
  unit
  costPerUnit
  budget
  languages
  deliveryModes
  eligible
  excluded
  availableFrom
  availableTo
  statusReason
  donor {
    iso3
    name
  }
}`) as unknown as TypedDocumentString<CreateOfferMutation, CreateOfferMutationVariables>;
export const UpdateOfferDocument = new TypedDocumentString(`
    mutation UpdateOffer($input: UpdateOfferInput!) {
  updateOffer(input: $input) {
    ...OfferFields
  }
}
    fragment OfferFields on Offer {
  id
  status
  donorIso3
  category
  capabilities
  title
  capacity
  unit
  costPerUnit
  budget
  languages
  deliveryModes
  eligible
  excluded
  availableFrom
  availableTo
  statusReason
  donor {
    iso3
    name
  }
}`) as unknown as TypedDocumentString<UpdateOfferMutation, UpdateOfferMutationVariables>;
export const OpenOfferDocument = new TypedDocumentString(`
    mutation OpenOffer($id: ID!) {
  openOffer(input: {id: $id}) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OpenOfferMutation, OpenOfferMutationVariables>;
export const WithdrawOfferDocument = new TypedDocumentString(`
    mutation WithdrawOffer($id: ID!) {
  withdrawOffer(input: {id: $id, reason: "Budget cut"}) {
    id
    status
    statusReason
  }
}
    `) as unknown as TypedDocumentString<WithdrawOfferMutation, WithdrawOfferMutationVariables>;