import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Why one row (or the header, line 1) of an import file was refused' })
export class ImportRowError {
  @Field(() => Int, { description: 'Line in the file (row in the sheet); 1 is the header' })
  line: number;

  @Field(() => String, { description: 'The column at fault, empty when the whole row is' })
  column: string;

  @Field(() => String)
  reason: string;

  @Field(() => String, { description: 'BAD_USER_INPUT, CONFLICT, FORBIDDEN, …' })
  code: string;
}

@ObjectType({
  description:
    'An import: all rows were written, or (any error) none; rows already there are skipped',
})
export class ImportResult {
  @Field(() => Int, { description: 'Data rows in the file' })
  rows: number;

  @Field(() => Int, { description: 'Rows created (0 when there are errors)' })
  imported: number;

  @Field(() => Int, {
    description: 'Rows skipped: their externalRef is already a row’s reference or id',
  })
  skipped: number;

  @Field(() => [ImportRowError], {
    description: 'Every refused row; empty when the file was imported',
  })
  errors: ImportRowError[];

  @Field(() => [ID], { description: 'Ids of the rows created, in file order' })
  ids: string[];
}
