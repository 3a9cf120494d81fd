import { registerDecorator, type ValidationOptions } from 'class-validator';

import { CAPABILITY_CODE_PATTERN } from '@app/domain';
import { isIso6391 } from '@app/geo';

export const ISO3_PATTERN = /^[A-Z]{3}$/;

/** A class-validator decorator from a predicate on strings. */
function stringRule(name: string, message: string, test: (value: string) => boolean) {
  return (options?: ValidationOptions): PropertyDecorator =>
    (target, propertyName) =>
      registerDecorator({
        name,
        target: target.constructor,
        propertyName: propertyName as string,
        options: { message, ...options },
        validator: { validate: (value: unknown) => typeof value === 'string' && test(value) },
      });
}

/** Each element is an ISO 639-1 language code (`en`, `fr`, `ar`, …). */
export const IsLanguageCode = stringRule(
  'isLanguageCode',
  '$property must contain ISO 639-1 language codes',
  isIso6391,
);

/** An UPPER_SNAKE capability code, e.g. `LEVEL_2_HOSPITAL`. */
export const IsCapabilityCode = stringRule(
  'isCapabilityCode',
  '$property must be an UPPER_SNAKE capability code',
  (value) => CAPABILITY_CODE_PATTERN.test(value),
);

/** An ISO 3166-1 alpha-3 code in upper case; whether it is a member state is checked by the service. */
export const IsIso3 = stringRule(
  'isIso3',
  '$property must be an ISO 3166-1 alpha-3 code such as RWA',
  (value) => ISO3_PATTERN.test(value),
);

/**
 * An amount of US dollars as a `numeric(precision, 2)` column holds it: a finite number with at
 * most two decimals, below 10^(precision − 2). class-validator's `IsNumber({ maxDecimalPlaces })`
 * throws on numbers JavaScript writes in exponent notation (`1e-7`; typestack/class-validator
 * #1705), and a larger amount would overflow the column: both were internal errors.
 */
export function IsAmount(precision: number, options?: ValidationOptions): PropertyDecorator {
  const limit = 10 ** (precision - 2);
  return (target, propertyName) =>
    registerDecorator({
      name: 'isAmount',
      target: target.constructor,
      propertyName: propertyName as string,
      // The limit, for a client to say the rule in its language (violation `args`).
      constraints: [limit],
      options: {
        message: `$property must be an amount with at most 2 decimals, below ${limit.toLocaleString('en-US')}`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' &&
          Number.isFinite(value) &&
          Math.abs(value) < limit &&
          Number(value.toFixed(2)) === value,
      },
    });
}
