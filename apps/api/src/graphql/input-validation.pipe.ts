import { type ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';

import { assertPlainText, BadInputError, isUuid, validationErrorFactory } from '@app/common';

/**
 * class-validator on every resolver argument. Unknown fields are stripped, values become the
 * input classes, and a violation is a BAD_USER_INPUT error naming the field by its full path
 * (`input.quantity`). Two rules hold for every argument whatever its class:
 * - every string is plain text (no NUL or other control characters, line breaks only in
 *   multi-line fields; `assertPlainText`);
 * - an argument named `id` (`gap(id:)`, `offer(id:)`, `matchRun(id:)`…) is a UUID, as every id of
 *   this API is (inputs' `id` fields check it with `@IsUUID()`).
 */
/**
 * The kinds of argument a client sends: GraphQL arguments (`GqlParamtype.ARGS` of @nestjs/graphql,
 * not exported) and an HTTP route's body, query and path. Not the actor, context or info.
 */
const CLIENT_VALUES = new Set<unknown>([3, 'body', 'query', 'param']);

@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      transform: true,
      forbidUnknownValues: false,
      // The target (never sent to a client) tells the violations the limits of their rules.
      validationError: { target: true, value: false },
      exceptionFactory: validationErrorFactory(),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!CLIENT_VALUES.has(metadata.type)) return super.transform(value, metadata);
    const name = metadata.data ?? '';
    // Text first: a value PostgreSQL cannot store is refused before any other rule reads it.
    assertPlainText(value, name);
    if (name === 'id' && typeof value === 'string' && !isUuid(value)) {
      throw new BadInputError('id', 'id: must be a UUID');
    }
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
