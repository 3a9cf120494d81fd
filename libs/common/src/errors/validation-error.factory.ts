import { type ValidationError } from 'class-validator';

import { BadInputError } from './domain-error';

interface Violation {
  field: string;
  message: string;
}

function flatten(errors: ValidationError[], prefix: string): Violation[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
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
