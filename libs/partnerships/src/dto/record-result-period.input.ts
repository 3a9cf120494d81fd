import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

import { DayInput } from '@app/common';

import { IndicatorValueInput } from './result-period-value';

/** The gap's indicator over one reporting period of a partnership. */
@InputType()
export class RecordResultPeriodInput {
  @Field(() => ID)
  @IsUUID()
  partnershipId: string;

  @DayInput('First day of the period, YYYY-MM-DD')
  periodStart: string;

  @DayInput('Last day of the period (inclusive), not before periodStart')
  periodEnd: string;

  @IndicatorValueInput(
    "Value before the support; left out: the gap's objective baseline",
    'clearable',
  )
  baseline?: number | null;

  @IndicatorValueInput("Value aimed at; left out: the gap's objective target", 'clearable')
  target?: number | null;

  @IndicatorValueInput('Value measured over the period', 'required')
  actual: number;
}
