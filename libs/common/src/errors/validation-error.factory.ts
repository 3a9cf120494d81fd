import { getMetadataStorage, type ValidationError } from 'class-validator';

import { BadInputError } from './domain-error';

/**
 * One broken rule. `constraint` (class-validator's name of the rule, e.g. `min`, `maxLength`,
 * `isEnum`) and `args` (its limits, e.g. `[1]`, when they are plain values) let a client say it
 * in its own language; `message` says it in English.
 */
export interface Violation {
  field: string;
  message: string;
  constraint?: string;
  args?: unknown[];
}

const isPlain = (value: unknown): boolean =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** The limits given to `constraint` on the property, when they are plain values (or lists of them). */
function argsOf(error: ValidationError, constraint: string): unknown[] | undefined {
  const target = (error.target as object | undefined)?.constructor;
  if (!target) return undefined;
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find(
      (candidate) =>
        candidate.propertyName === error.property &&
        (candidate.name ?? candidate.type) === constraint,
    );
  const args = metadata?.constraints as unknown[] | undefined;
  if (!args?.length) return undefined;
  const plain = args.every((arg) =>
    Array.isArray(arg) ? (arg as unknown[]).every(isPlain) : isPlain(arg),
  );
  return plain ? args : undefined;
}

function flatten(errors: ValidationError[], prefix: string): Violation[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]): Violation => {
      const args = argsOf(error, constraint);
      return { field, message, constraint, ...(args ? { args } : {}) };
    });
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Turns class-validator errors into one BAD_USER_INPUT error that names the first offending
 * field and lists every violation in `details.violations`.
 */
export function validationErrorFactory(argumentName?: string) {
  return (errors: ValidationError[]): BadInputError => {
    const violations = flatten(errors, argumentName ?? '');
    const first = violations[0] ?? { field: argumentName ?? 'input', message: 'is invalid' };
    return new BadInputError(first.field, `${first.field}: ${first.message}`, { violations });
  };
}
