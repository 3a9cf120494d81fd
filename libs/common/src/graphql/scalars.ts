import { LocalDateResolver } from 'graphql-scalars';

/** A calendar date without time zone, `YYYY-MM-DD` (windows of need and availability). */
export const LocalDateScalar = LocalDateResolver;
