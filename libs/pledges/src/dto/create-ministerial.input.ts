import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

import { DayInput, IsIso3, TitleInput } from '@app/common';

@InputType()
export class CreateMinisterialInput {
  @Field(() => String, { description: 'Short code, UPPER_SNAKE, e.g. BERLIN_2025' })
  @Matches(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/, { message: 'code must be UPPER_SNAKE' })
  @MaxLength(50)
  code: string;

  @TitleInput()
  name: string;

  @Field(() => String)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  city: string;

  @Field(() => String, { nullable: true, description: 'ISO3 code of the host member state' })
  @IsOptional()
  @IsIso3()
  hostCountry?: string | null;

  @DayInput('First day, YYYY-MM-DD')
  heldOn: string;

  @DayInput('Last day (inclusive)')
  endsOn: string;
}
