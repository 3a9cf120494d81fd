import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

import { CoverageDimension } from './dto/reports.args';

/** Demand of a set of gaps and how far proposals and partnerships cover it. */
@ObjectType({
  description: 'demand = confirmed + proposed + unmet; delivered is part of confirmed',
})
export class CoverageFigures {
  @Field(() => Int, { description: 'Gaps counted' })
  gaps: number;

  @Field(() => Int, { description: 'Units needed: Σ gap quantity' })
  demand: number;

  @Field(() => Int, {
    description:
      'Units in open proposals (PROPOSED or ACCEPTED, any run), at most what each gap still lacks after its partnerships',
  })
  proposed: number;

  @Field(() => Int, { description: 'Units committed in partnerships (ACTIVE or COMPLETED)' })
  confirmed: number;

  @Field(() => Int, { description: 'Units of those partnerships delivered so far' })
  delivered: number;

  @Field(() => Int, { description: 'demand − confirmed − proposed, per gap (never below 0)' })
  unmet: number;

  @Field(() => Float, {
    nullable: true,
    description: '100 · confirmed / demand, one decimal; null without demand',
  })
  coveredPercent: number | null;
}

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

@ObjectType({ description: 'Coverage of the gaps grouped by one dimension' })
export class CoverageReport {
  @Field(() => CoverageDimension)
  by: CoverageDimension;

  @Field(() => [CoverageRow], { description: 'Most unmet first, then by key' })
  rows: CoverageRow[];

  @Field(() => CoverageFigures, { description: 'All gaps of the filter together' })
  totals: CoverageFigures;
}
