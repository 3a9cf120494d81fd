import { type ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';

import { BadInputError, validationErrorFactory } from '@app/common';

/**
 * class-validator on every resolver argument. Unknown fields are stripped, values become the
 * input classes, and a violation is a BAD_USER_INPUT error naming the field by its full path
 * (`input.quantity`).
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      transform: true,
      forbidUnknownValues: false,
      validationError: { target: false, value: false },
      exceptionFactory: validationErrorFactory(),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof BadInputError && metadata.data) {
        const prefix = (field: string) => `${metadata.data}.${field}`;
        const violations = (error.details?.violations ?? []) as {
          field: string;
          message: string;
        }[];
        const first = violations[0];
        throw new BadInputError(
          prefix(error.field ?? ''),
          first ? `${prefix(first.field)}: ${first.message}` : error.message,
          { violations: violations.map((v) => ({ ...v, field: prefix(v.field) })) },
        );
      }
      throw error;
    }
  }
}
