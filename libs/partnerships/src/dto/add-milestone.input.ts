import { Field, ID, InputType } from '@nestjs/graphql';
import { IsISO8601, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

import { LocalDateScalar } from '@app/common';

@InputType()
export class AddMilestoneInput {
  @Field(() => ID)
  @IsUUID()
  partnershipId: string;

  @Field(() => String)
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  title: string;

  @Field(() => LocalDateScalar, { description: 'YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  dueOn: string;
}
