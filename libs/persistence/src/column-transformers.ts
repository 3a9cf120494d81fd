import { type ValueTransformer } from 'typeorm';

/** Postgres `numeric` arrives as a string (arbitrary precision); money amounts fit a double. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
