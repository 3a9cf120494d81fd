import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';

import { DateRange, IsCapabilityCode, IsIso3, IsLanguageCode } from '@app/common';
import { Category, GapStatus, Priority } from '@app/domain';
import { M49_REGIONS } from '@app/geo';

export const M49_REGION_CODES = M49_REGIONS.map((region) => region.code);

/** Each list field is a list of accepted values; fields combine with AND. */
@InputType()
export class GapFilter {
  @Field(() => [Category], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(Category, { each: true })
  category?: Category[];

  @Field(() => [String], { nullable: true, description: 'Capability codes, e.g. CASEVAC' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsCapabilityCode({ each: true })
  capability?: string[];

  @Field(() => [GapStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(GapStatus, { each: true })
  status?: GapStatus[];

  @Field(() => [String], { nullable: true, description: 'ISO3 codes of T/PCCs' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsIso3({ each: true })
  memberState?: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'UN M49 regions, sub-regions or intermediate regions of the T/PCC, e.g. 002 (Africa), 202 (Sub-Saharan Africa), 014 (Eastern Africa)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsIn(M49_REGION_CODES, {
    each: true,
    message: 'region must contain three-digit UN M49 region codes such as 002',
  })
  region?: string[];

  @Field(() => [String], { nullable: true, description: 'Mission codes' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(20, { each: true })
  mission?: string[];

  @Field(() => [Priority], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(Priority, { each: true })
  priority?: Priority[];

  @Field(() => [String], {
    nullable: true,
    description: 'Gaps accepting at least one of these languages (ISO 639-1)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsLanguageCode({ each: true })
  language?: string[];

  @Field(() => DateRange, { nullable: true, description: 'Gaps whose neededBy day is in range' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DateRange)
  neededBy?: DateRange;

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
