import { Field, Float, InputType, Int } from '@nestjs/graphql';
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
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

import { IsAmount, IsCapabilityCode, IsIso3, IsLanguageCode, LocalDateScalar } from '@app/common';
import { Category, DeliveryMode, QuantityUnit } from '@app/domain';

@InputType()
export class CreateOfferInput {
  @Field(() => String, { description: 'ISO3 code of the donor member state, e.g. USA' })
  @IsIso3()
  donor: string;

  @Field(() => Category)
  @IsEnum(Category)
  category: Category;

  @Field(() => [String], {
    nullable: true,
    defaultValue: [],
    description: 'Capability codes offered; empty = the whole category',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsCapabilityCode({ each: true })
  capabilities?: string[];

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
  capacity: number;

  @Field(() => QuantityUnit)
  @IsEnum(QuantityUnit)
  unit: QuantityUnit;

  @Field(() => Float, { nullable: true, description: 'US dollars per unit' })
  @IsOptional()
  @IsAmount(14) // numeric(14,2)
  @Min(0)
  costPerUnit?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Total budget, US dollars; needs costPerUnit',
  })
  @IsOptional()
  @IsAmount(16) // numeric(16,2)
  @Min(0.01)
  budget?: number | null;

  @Field(() => [String], { description: 'Delivery languages, ISO 639-1, e.g. ["en", "fr"]' })
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
  deliveryModes?: DeliveryMode[];

  @Field(() => [String], {
    nullable: true,
    defaultValue: [],
    description: 'ISO3 codes or three-digit M49 region codes (002 = Africa); empty = all',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @Matches(/^([A-Z]{3}|\d{3})$/, {
    each: true,
    message: 'eligible must contain ISO3 codes or three-digit M49 region codes',
  })
  eligible?: string[];

  @Field(() => [String], { nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsIso3({ each: true })
  excluded?: string[];

  @Field(() => LocalDateScalar, { description: 'Available from this day, YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  availableFrom: string;

  @Field(() => LocalDateScalar, { description: 'Available until this day (inclusive)' })
  @IsISO8601({ strict: true })
  availableTo: string;

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
    description: 'Open the offer at once instead of saving a DRAFT',
  })
  @IsOptional()
  @IsBoolean()
  open?: boolean | null;
}
