import { Field, ID, InputType } from '@nestjs/graphql';
import { IsISO8601, IsUUID } from 'class-validator';

import { LocalDateScalar } from '@app/common';

import { IndicatorValueInput, WhenGiven } from './result-period-value';

/**
 * Corrects a reported period: fields left out keep their value; `baseline` and `target` take null
 * to clear them, the dates and `actual` cannot be cleared.
 */
@InputType()
export class CorrectResultPeriodInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'First day of the period' })
  @WhenGiven()
  @IsISO8601({ strict: true })
  periodStart?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day (inclusive)' })
  @WhenGiven()
  @IsISO8601({ strict: true })
  periodEnd?: string;

  @IndicatorValueInput('Value before the support; null clears it', 'clearable')
  baseline?: number | null;

  @IndicatorValueInput('Value aimed at; null clears it', 'clearable')
  target?: number | null;

  @IndicatorValueInput('Value measured over the period', 'keep')
  actual?: number;
}
