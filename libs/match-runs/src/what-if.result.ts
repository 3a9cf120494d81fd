import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { ScoreBreakdown } from './proposal.entity';

@ObjectType({ description: 'Units of an offer the engine would give a gap, and why' })
export class WhatIfAllocation {
  @Field(() => ID) gapId: string;
  @Field(() => ID, { description: 'An offer id, or hypothetical-N for an offer of the input' })
  offerId: string;
  @Field(() => Boolean) hypothetical: boolean;
  @Field(() => Int) quantity: number;
  @Field(() => Float) score: number;
  @Field(() => ScoreBreakdown) breakdown: ScoreBreakdown;
  @Field(() => String) explanation: string;
}

@ObjectType()
export class WhatIfUnmet {
  @Field(() => ID) gapId: string;
  @Field(() => Int) quantity: number;
}

@ObjectType({ description: 'What a run would propose now; nothing is written' })
export class WhatIfResult {
  @Field(() => [WhatIfAllocation]) allocations: WhatIfAllocation[];
  @Field(() => [WhatIfUnmet], { description: 'Remaining demand left uncovered, by gap' })
  unmet: WhatIfUnmet[];
  @Field(() => Float, { description: 'Σ score · quantity' }) objective: number;
  @Field(() => Int, { description: 'Units allocated' }) covered: number;
  @Field(() => Int, { description: 'Remaining demand of the open gaps' }) demand: number;
  @Field(() => Float, { description: 'covered / demand, 0 to 1 (1 when there is no demand)' })
  coverage: number;
  @Field(() => Int) gaps: number;
  @Field(() => Int) offers: number;
  @Field(() => Int) candidatePairs: number;
}
