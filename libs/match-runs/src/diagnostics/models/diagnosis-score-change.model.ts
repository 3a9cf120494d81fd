import { Field, Float, ObjectType } from '@nestjs/graphql';

import { ScoreCriterion } from './diagnosis-codes';

@ObjectType({
  description: 'A single change of one score criterion that alone would make the gap win',
})
export class DiagnosisScoreChange {
  @Field(() => ScoreCriterion) criterion: ScoreCriterion;
  @Field(() => Float, { description: 'The pair’s score with this criterion at its best' })
  score: number;
  @Field(() => String, { description: 'In English' })
  explanation: string;
}
