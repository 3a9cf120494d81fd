import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';

import { DateRange, IsCapabilityCode, IsIso3, IsLanguageCode } from '@app/common';
import { Category, OfferStatus } from '@app/domain';

/** Each list field is a list of accepted values; fields combine with AND. */
@InputType()
export class OfferFilter {
  @Field(() => [Category], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(Category, { each: true })
  category?: Category[];

  @Field(() => [String], {
    nullable: true,
    description:
      'Offers covering one of these capability codes: they list it, or list none (the whole category) and the capability catalogue puts the code in their category',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsCapabilityCode({ each: true })
  capability?: string[];

  @Field(() => [OfferStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(OfferStatus, { each: true })
  status?: OfferStatus[];

  @Field(() => [String], { nullable: true, description: 'ISO3 codes of donors' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsIso3({ each: true })
  donor?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Offers delivering in at least one of these languages (ISO 639-1)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsLanguageCode({ each: true })
  language?: string[];

  @Field(() => DateRange, {
    nullable: true,
    description: 'Offers whose availability window overlaps these days',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => DateRange)
  available?: DateRange;

  @Field(() => String, {
    nullable: true,
    description: 'Text the title contains, case-insensitive (at least 2 characters)',
  })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  search?: string;
}
