import { Extensions } from '@nestjs/graphql';

/** The field extension that marks a property GraphQL must await (see ResolvesLater). */
export const RESOLVES_LATER = 'resolvesLater';

/**
 * Marks an object type's property that may hold a promise (a count read only when selected,
 * say). Such a field keeps a resolver, which GraphQL awaits; an unmarked scalar or enum field is
 * read as a plain property (apps/api plain-property-fields.ts), and a promise there is refused
 * with "cannot represent" rather than awaited.
 */
export function ResolvesLater(): PropertyDecorator {
  return Extensions({ [RESOLVES_LATER]: true }) as PropertyDecorator;
}
