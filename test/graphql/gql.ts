/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CreateGap($input: CreateGapInput!) { createGap(input: $input) { ...GapFields } }\n": typeof types.CreateGapDocument,
    "\n  mutation UpdateGap($input: UpdateGapInput!) { updateGap(input: $input) { ...GapFields } }\n": typeof types.UpdateGapDocument,
    "\n  mutation OpenGap($id: ID!) { openGap(input: { id: $id }) { id status } }\n": typeof types.OpenGapDocument,
    "\n  mutation CancelGap($id: ID!, $reason: String) {\n    cancelGap(input: { id: $id, reason: $reason }) { id status statusReason }\n  }\n": typeof types.CancelGapDocument,
    "\n  query Gap($id: ID!) { gap(id: $id) { ...GapFields } }\n": typeof types.GapDocument,
    "\n  mutation CreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { ...OfferFields } }\n": typeof types.CreateOfferDocument,
    "\n  mutation UpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { ...OfferFields } }\n": typeof types.UpdateOfferDocument,
    "\n  mutation OpenOffer($id: ID!) { openOffer(input: { id: $id }) { id status } }\n": typeof types.OpenOfferDocument,
    "\n  mutation WithdrawOffer($id: ID!) {\n    withdrawOffer(input: { id: $id, reason: \"Budget cut\" }) { id status statusReason }\n  }\n": typeof types.WithdrawOfferDocument,
    "\n  fragment GapFields on CapabilityGap {\n    id status memberStateIso3 missionCode category capability title quantity unit priority\n    languages neededFrom neededBy source statusReason\n    objective { indicator baseline target }\n    memberState { iso3 name regionName }\n    mission { code name }\n  }\n": typeof types.GapFieldsFragmentDoc,
    "\n  fragment OfferFields on Offer {\n    id status donorIso3 category capabilities title capacity unit costPerUnit budget languages\n    deliveryModes eligible excluded availableFrom availableTo statusReason\n    donor { iso3 name }\n  }\n": typeof types.OfferFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  mutation CreateGap($input: CreateGapInput!) { createGap(input: $input) { ...GapFields } }\n": types.CreateGapDocument,
    "\n  mutation UpdateGap($input: UpdateGapInput!) { updateGap(input: $input) { ...GapFields } }\n": types.UpdateGapDocument,
    "\n  mutation OpenGap($id: ID!) { openGap(input: { id: $id }) { id status } }\n": types.OpenGapDocument,
    "\n  mutation CancelGap($id: ID!, $reason: String) {\n    cancelGap(input: { id: $id, reason: $reason }) { id status statusReason }\n  }\n": types.CancelGapDocument,
    "\n  query Gap($id: ID!) { gap(id: $id) { ...GapFields } }\n": types.GapDocument,
    "\n  mutation CreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { ...OfferFields } }\n": types.CreateOfferDocument,
    "\n  mutation UpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { ...OfferFields } }\n": types.UpdateOfferDocument,
    "\n  mutation OpenOffer($id: ID!) { openOffer(input: { id: $id }) { id status } }\n": types.OpenOfferDocument,
    "\n  mutation WithdrawOffer($id: ID!) {\n    withdrawOffer(input: { id: $id, reason: \"Budget cut\" }) { id status statusReason }\n  }\n": types.WithdrawOfferDocument,
    "\n  fragment GapFields on CapabilityGap {\n    id status memberStateIso3 missionCode category capability title quantity unit priority\n    languages neededFrom neededBy source statusReason\n    objective { indicator baseline target }\n    memberState { iso3 name regionName }\n    mission { code name }\n  }\n": types.GapFieldsFragmentDoc,
    "\n  fragment OfferFields on Offer {\n    id status donorIso3 category capabilities title capacity unit costPerUnit budget languages\n    deliveryModes eligible excluded availableFrom availableTo statusReason\n    donor { iso3 name }\n  }\n": types.OfferFieldsFragmentDoc,
};

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation CreateGap($input: CreateGapInput!) { createGap(input: $input) { ...GapFields } }\n"): typeof import('./graphql').CreateGapDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation UpdateGap($input: UpdateGapInput!) { updateGap(input: $input) { ...GapFields } }\n"): typeof import('./graphql').UpdateGapDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation OpenGap($id: ID!) { openGap(input: { id: $id }) { id status } }\n"): typeof import('./graphql').OpenGapDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation CancelGap($id: ID!, $reason: String) {\n    cancelGap(input: { id: $id, reason: $reason }) { id status statusReason }\n  }\n"): typeof import('./graphql').CancelGapDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  query Gap($id: ID!) { gap(id: $id) { ...GapFields } }\n"): typeof import('./graphql').GapDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation CreateOffer($input: CreateOfferInput!) { createOffer(input: $input) { ...OfferFields } }\n"): typeof import('./graphql').CreateOfferDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation UpdateOffer($input: UpdateOfferInput!) { updateOffer(input: $input) { ...OfferFields } }\n"): typeof import('./graphql').UpdateOfferDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation OpenOffer($id: ID!) { openOffer(input: { id: $id }) { id status } }\n"): typeof import('./graphql').OpenOfferDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  mutation WithdrawOffer($id: ID!) {\n    withdrawOffer(input: { id: $id, reason: \"Budget cut\" }) { id status statusReason }\n  }\n"): typeof import('./graphql').WithdrawOfferDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  fragment GapFields on CapabilityGap {\n    id status memberStateIso3 missionCode category capability title quantity unit priority\n    languages neededFrom neededBy source statusReason\n    objective { indicator baseline target }\n    memberState { iso3 name regionName }\n    mission { code name }\n  }\n"): typeof import('./graphql').GapFieldsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n  fragment OfferFields on Offer {\n    id status donorIso3 category capabilities title capacity unit costPerUnit budget languages\n    deliveryModes eligible excluded availableFrom availableTo statusReason\n    donor { iso3 name }\n  }\n"): typeof import('./graphql').OfferFieldsFragmentDoc;


export function gql(source: string) {
  return (documents as any)[source] ?? {};
}
