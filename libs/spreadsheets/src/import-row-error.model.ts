import { Field, Int, ObjectType } from '@nestjs/graphql';
import { JSONResolver as JSONScalar } from 'graphql-scalars';

@ObjectType({ description: 'Why one row (or the header, line 1) of an import file was refused' })
export class ImportRowError {
  @Field(() => Int, { description: 'Line in the file (row in the sheet); 1 is the header' })
  line: number;

  @Field(() => String, { description: 'The column at fault, empty when the whole row is' })
  column: string;

  @Field(() => String, { description: 'Why, in English' })
  reason: string;

  @Field(() => String, { description: 'BAD_USER_INPUT, CONFLICT, FORBIDDEN, …' })
  code: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The rule the cell breaks, for a client to say it in its own language: a rule of the file (unknownColumn, duplicateColumn, noHeader, plainText, duplicateReference, wholeNumber, number, trueOrFalse, required) or of the input (class-validator names: min, maxLength, isEnum, …). Null when the service refused the row for another reason (`reason` says it)',
  })
  rule?: string | null;

  @Field(() => JSONScalar, {
    nullable: true,
    description:
      "The rule's values, e.g. [1] for min, { line: 4 } for duplicateReference, { columns } for unknownColumn",
  })
  args?: unknown;
}
