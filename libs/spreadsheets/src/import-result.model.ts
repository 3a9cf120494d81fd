import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { ImportRowError } from './import-row-error.model';

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

  @Field(() => [ID], { description: 'Ids of the rows created, in file order (none in a dry run)' })
  ids: string[];

  @Field(() => [Int], { description: 'Lines (the header is line 1) of the skipped rows' })
  skippedLines: number[];

  @Field(() => Boolean, {
    description: 'A dry run: every row checked and written, then rolled back; nothing stays',
  })
  dryRun: boolean;

  @Field(() => Int, {
    description:
      'Rows the import creates (a dry run: would create) when the file has no error; 0 otherwise',
  })
  wouldImport: number;
}
