import { Field, Int, ObjectType } from '@nestjs/graphql';

import { HardRuleCode } from './diagnosis-codes';

@ObjectType({ description: 'How many gaps of the offer’s category fail this rule first' })
export class RuleCount {
  @Field(() => HardRuleCode) rule: HardRuleCode;
  @Field(() => Int) gaps: number;
}
