import ISO6391 from 'iso-639-1';
import { registerDecorator, type ValidationOptions } from 'class-validator';

import { CAPABILITY_CODE_PATTERN } from '@app/domain';

export const ISO3_PATTERN = /^[A-Z]{3}$/;

/** Each element is an ISO 639-1 language code (`en`, `fr`, `ar`, …). */
export function IsLanguageCode(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isLanguageCode',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must contain ISO 639-1 language codes', ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && ISO6391.validate(value),
      },
    });
}

/** An UPPER_SNAKE capability code, e.g. `LEVEL_2_HOSPITAL`. */
export function IsCapabilityCode(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCapabilityCode',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be an UPPER_SNAKE capability code', ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && CAPABILITY_CODE_PATTERN.test(value),
      },
    });
}

/** An ISO 3166-1 alpha-3 code in upper case; whether it is a member state is checked by the service. */
export function IsIso3(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isIso3',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be an ISO 3166-1 alpha-3 code such as RWA', ...options },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && ISO3_PATTERN.test(value),
      },
    });
}
