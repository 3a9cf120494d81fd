import { ArrayMaxSize, IsArray } from 'class-validator';

import {
  arrayOverlaps,
  enumIn,
  type FilterField,
  type FilterOf,
  IsCapabilityCode,
  IsIso3,
  IsLanguageCode,
  listFilter,
  stringIn,
  textContains,
  windowOverlaps,
} from '@app/common';
import { CAPABILITY_CATALOGUE, Category, OfferStatus } from '@app/domain';

/** The categories whose catalogue lists any of these capability codes. */
function categoriesCataloguing(codes: readonly string[]): Category[] {
  return (Object.entries(CAPABILITY_CATALOGUE) as [Category, readonly { code: string }[]][])
    .filter(([, capabilities]) =>
      capabilities.some((capability) => codes.includes(capability.code)),
    )
    .map(([category]) => category);
}

/** Offers listing one of the capabilities, or the whole category that catalogues it. */
const capability: FilterField<string[]> = {
  type: () => [String],
  description:
    'Offers covering one of these capability codes: they list it, or list none (the whole category) and the capability catalogue puts the code in their category',
  validators: [IsArray(), ArrayMaxSize(200), IsCapabilityCode({ each: true })],
  param: 'codes',
  apply: (query, alias, capabilities) => {
    const wholeCategories = categoriesCataloguing(capabilities);
    const listed = `${alias}.capabilities && CAST(:capabilities AS text[])`;
    query.andWhere(
      wholeCategories.length
        ? `(${listed} OR (cardinality(${alias}.capabilities) = 0 AND ${alias}.category IN (:...wholeCategories)))`
        : listed,
      { capabilities, wholeCategories },
    );
  },
};

/**
 * The filters of the offer register (GraphQL `offers(filter:)`, `GET /export/offers.*`), declared
 * once: the GraphQL input OfferFilter, its validation, the SQL and the export parameters.
 */
export const OFFER_FILTER = listFilter('OfferFilter', {
  category: enumIn(Category, 'category'),
  status: enumIn(OfferStatus, 'status'),
  donor: stringIn('donor_iso3', [IsIso3({ each: true })], {
    max: 200,
    description: 'ISO3 codes of donors',
  }),
  capability,
  language: arrayOverlaps('languages', [IsLanguageCode({ each: true })], {
    max: 20,
    param: 'languages',
    description: 'Offers delivering in at least one of these languages (ISO 639-1)',
  }),
  available: windowOverlaps(
    'available_from',
    'available_to',
    'Offers whose availability window overlaps these days',
  ),
  search: textContains(
    'title',
    'Text the title contains, case-insensitive (at least 2 characters)',
  ),
});

/** `offers(filter:)`: each list field is a list of accepted values; fields combine with AND. */
export const OfferFilter = OFFER_FILTER.input;
export type OfferFilter = FilterOf<typeof OFFER_FILTER.fields>;
