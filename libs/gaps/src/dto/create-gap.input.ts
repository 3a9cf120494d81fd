import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

import { IsCapabilityCode, IsIso3, IsLanguageCode, LocalDateScalar } from '@app/common';
import { Category, DeliveryMode, GapSource, Priority, QuantityUnit } from '@app/domain';

import { GapObjectiveInput } from './gap-objective.input';

@InputType()
export class CreateGapInput {
  @Field(() => String, { description: 'ISO3 code of the T/PCC, e.g. RWA' })
  @IsIso3()
  memberState: string;

  @Field(() => String, { nullable: true, description: 'Mission code, e.g. MINUSCA' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  mission?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  unitType?: string | null;

  @Field(() => Category)
  @IsEnum(Category)
  category: Category;

  @Field(() => String, { description: 'UPPER_SNAKE capability code, e.g. LEVEL_2_HOSPITAL' })
  @IsCapabilityCode()
  @MaxLength(80)
  capability: string;

  @Field(() => String)
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  title: string;

  @Field(() => String, { nullable: true, defaultValue: '' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity: number;

  @Field(() => QuantityUnit)
  @IsEnum(QuantityUnit)
  unit: QuantityUnit;

  @Field(() => Priority)
  @IsEnum(Priority)
  priority: Priority;

  @Field(() => [String], { description: 'Accepted languages, ISO 639-1, e.g. ["fr", "en"]' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsLanguageCode({ each: true })
  languages: string[];

  @Field(() => [DeliveryMode], { nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(DeliveryMode, { each: true })
  preferredDeliveryModes?: DeliveryMode[];

  @Field(() => LocalDateScalar, { description: 'Support needed from this day, YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  neededFrom: string;

  @Field(() => LocalDateScalar, { description: 'Support needed by this day (inclusive)' })
  @IsISO8601({ strict: true })
  neededBy: string;

  @Field(() => GapObjectiveInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GapObjectiveInput)
  objective?: GapObjectiveInput | null;

  @Field(() => GapSource, { nullable: true, defaultValue: GapSource.SELF_DECLARED })
  @IsOptional()
  @IsEnum(GapSource)
  source?: GapSource | null;

  @Field(() => String, {
    nullable: true,
    description: 'Your reference for it (e.g. a row id in your own sheet); unique, fixed once set',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  externalRef?: string | null;

  // Nullable with a default: graphql-jit does not apply defaults of non-null input fields.
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Open the gap at once instead of saving a DRAFT',
  })
  @IsOptional()
  @IsBoolean()
  open?: boolean | null;
}
