import { type ClassConstructor, plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';

import { type BadInputError } from '../errors/domain-error';
import { validationErrorFactory } from '../errors/validation-error.factory';
import { assertPlainText } from './plain-text';

/**
 * Validates a plain object against an input class outside GraphQL (CLI, imports), with the same
 * rules and error shape as the API (the plain-text rule included).
 */
export async function validateInput<T extends object>(
  type: ClassConstructor<T>,
  plain: object,
  name = 'input',
): Promise<T> {
  assertPlainText(plain, name);
  const instance = plainToInstance(type, plain);
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw validationErrorFactory(name)(errors) as BadInputError;
  return instance;
}
