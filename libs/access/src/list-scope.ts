import { type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';

/** Narrows a list query to what the actor may see (a policy's `scope`); `alias` is the table's. */
export type ListScope = (query: SelectQueryBuilder<ObjectLiteral>, alias: string) => void;

/** Everything: for roles that see all rows. */
export const EVERYTHING: ListScope = () => undefined;
