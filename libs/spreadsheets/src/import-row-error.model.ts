import { Field, Int, ObjectType } from '@nestjs/graphql';

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
