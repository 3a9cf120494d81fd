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
