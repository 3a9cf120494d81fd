import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

import { WhatIfAllocation } from './what-if-allocation.model';
import { WhatIfUnmet } from './what-if-unmet.model';

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
