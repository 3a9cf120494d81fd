import { Field, ObjectType } from '@nestjs/graphql';

import { CoverageFigures } from './coverage-figures.model';

@ObjectType()
export class CoverageRow extends CoverageFigures {
  @Field(() => String, {
    nullable: true,
    description: 'Category, CATEGORY/CAPABILITY, mission code, M49 code or ISO3; null: no mission',
  })
  key: string | null;

  @Field(() => String)
  label: string;
}
