import { Field, ObjectType } from '@nestjs/graphql';

import { CoverageDimension } from './coverage-dimension';
import { CoverageFigures } from './coverage-figures.model';
import { CoverageRow } from './coverage-row.model';

@ObjectType({ description: 'Coverage of the gaps grouped by one dimension' })
export class CoverageReport {
  @Field(() => CoverageDimension)
  by: CoverageDimension;

  @Field(() => [CoverageRow], { description: 'Most unmet first, then by key' })
  rows: CoverageRow[];

  @Field(() => CoverageFigures, { description: 'All gaps of the filter together' })
  totals: CoverageFigures;
}
