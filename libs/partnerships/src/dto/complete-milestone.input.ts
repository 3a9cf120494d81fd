import { Field, ID, InputType } from '@nestjs/graphql';
import { IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { LocalDateScalar } from '@app/common';

@InputType()
export class CompleteMilestoneInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => LocalDateScalar, { description: 'YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  achievedOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
