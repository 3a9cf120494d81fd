import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsISO8601, IsNumber, IsUUID } from 'class-validator';

import { LocalDateScalar } from '@app/common';

@InputType()
export class RecordIndicatorInput {
  @Field(() => ID)
  @IsUUID()
  partnershipId: string;

  @Field(() => Float, { description: "The gap's objective indicator, measured after delivery" })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value: number;

  @Field(() => LocalDateScalar, { description: 'YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  measuredOn: string;
}
