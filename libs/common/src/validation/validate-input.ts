import { type ClassConstructor, plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';

import { type BadInputError } from '../errors/domain-error';
import { validationErrorFactory } from '../errors/validation-error.factory';

/**
 * Validates a plain object against an input class outside GraphQL (CLI, imports), with the same
 * rules and error shape as the API.
 */
export async function validateInput<T extends object>(
  type: ClassConstructor<T>,
  plain: object,
  name = 'input',
): Promise<T> {
  const instance = plainToInstance(type, plain);
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw validationErrorFactory(name)(errors) as BadInputError;
  return instance;
}
