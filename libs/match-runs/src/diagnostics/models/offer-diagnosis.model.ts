import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { DiagnosisAllocation } from './diagnosis-allocation.model';
import { NearMiss } from './near-miss.model';
import { UnservedCandidate } from './unserved-candidate.model';
import { RuleCount } from './rule-count.model';

@ObjectType({ description: 'What became of an offer in the latest run' })
export class OfferDiagnosis {
  @Field(() => ID) offerId: string;
  @Field(() => Int, { description: 'Usable capacity when the run started' }) capacity: number;
  @Field(() => Int) allocated: number;
  @Field(() => Int) unused: number;
  @Field(() => [DiagnosisAllocation]) allocations: DiagnosisAllocation[];
  @Field(() => [UnservedCandidate]) unservedCandidates: UnservedCandidate[];
  @Field(() => [RuleCount]) notCandidates: RuleCount[];
  @Field(() => [NearMiss], { description: 'Most pressing first (priority, then demand)' })
  nearMisses: NearMiss[];
}
