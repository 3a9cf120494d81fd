import { ArgsType, Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

import { IsIso3, IsLanguageCode, PageArgs } from '@app/common';
import { Category, GapStatus, OfferStatus } from '@app/domain';

/** What a coverage report groups the gaps by. */
export enum CoverageDimension {
  CATEGORY = 'CATEGORY',
  CAPABILITY = 'CAPABILITY',
  MISSION = 'MISSION',
  REGION = 'REGION',
  SUB_REGION = 'SUB_REGION',
  MEMBER_STATE = 'MEMBER_STATE',
}

registerEnumType(CoverageDimension, {
  name: 'CoverageDimension',
  valuesMap: {
    CATEGORY: { description: 'Gap category' },
    CAPABILITY: { description: 'Capability code within its category (key `CATEGORY/CODE`)' },
    MISSION: { description: 'Mission; gaps without one share the row with key null' },
    REGION: { description: "M49 region of the gap's T/PCC" },
    SUB_REGION: { description: "M49 sub-region of the gap's T/PCC" },
    MEMBER_STATE: { description: 'The T/PCC with the gap' },
  },
});

const M49_CODE = /^\d{3}$/;

/** Which gaps a report counts. Each field is a list of accepted values; fields combine with AND. */
@InputType()
export class GapReportFilter {
  @Field(() => [Category], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(Category, { each: true })
  category?: Category[];

  @Field(() => [GapStatus], {
    nullable: true,
    description: 'Default: OPEN, PARTIALLY_MATCHED, MATCHED, CLOSED (not drafts or cancelled)',
  })
  @IsOptional()
  @IsArray()
  @IsEnum(GapStatus, { each: true })
  status?: GapStatus[];

  @Field(() => [String], { nullable: true, description: 'T/PCCs, ISO3' })
  @IsOptional()
  @IsArray()
  @IsIso3({ each: true })
  memberState?: string[];

  @Field(() => [String], { nullable: true, description: 'Mission codes, e.g. MINUSCA' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  mission?: string[];

  @Field(() => [String], {
    nullable: true,
    description: "M49 region or sub-region codes of the gap's T/PCC, e.g. 002 or 014",
  })
  @IsOptional()
  @IsArray()
  @Matches(M49_CODE, { each: true, message: '$property must contain three-digit M49 codes' })
  region?: string[];
}

@ArgsType()
export class CoverageReportArgs {
  @Field(() => CoverageDimension)
  @IsEnum(CoverageDimension)
  by: CoverageDimension;

  @Field(() => GapReportFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GapReportFilter)
  filter?: GapReportFilter;
}

export const MAX_LAST_RUNS = 50;

@ArgsType()
export class PersistentGapsArgs extends PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'Gaps open for more than this many days (since first opened)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  openLongerThanDays?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Gaps left unmet by each of the last K succeeded runs (1 to ${MAX_LAST_RUNS})`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_LAST_RUNS)
  unmetInLastRuns?: number | null;

  @Field(() => GapReportFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GapReportFilter)
  filter?: GapReportFilter;
}

@InputType()
export class DonorReportFilter {
  @Field(() => [String], { nullable: true, description: 'Donors, ISO3' })
  @IsOptional()
  @IsArray()
  @IsIso3({ each: true })
  donor?: string[];

  @Field(() => [Category], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(Category, { each: true })
  category?: Category[];

  @Field(() => [OfferStatus], {
    nullable: true,
    description:
      'Default: OPEN, PARTIALLY_ALLOCATED, FULLY_ALLOCATED, EXPIRED (not drafts or withdrawn)',
  })
  @IsOptional()
  @IsArray()
  @IsEnum(OfferStatus, { each: true })
  status?: OfferStatus[];
}

@ArgsType()
export class DonorSummariesArgs {
  @Field(() => DonorReportFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DonorReportFilter)
  filter?: DonorReportFilter;
}

@ArgsType()
export class LanguageFitArgs {
  @Field(() => String, { defaultValue: 'fr', description: 'ISO 639-1 code' })
  @IsLanguageCode()
  language: string = 'fr';

  @Field(() => GapReportFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GapReportFilter)
  filter?: GapReportFilter;
}

@InputType()
export class OutcomeReportFilter {
  @Field(() => [Category], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(Category, { each: true })
  category?: Category[];

  @Field(() => [String], { nullable: true, description: 'Recipient T/PCCs, ISO3' })
  @IsOptional()
  @IsArray()
  @IsIso3({ each: true })
  memberState?: string[];

  @Field(() => [String], { nullable: true, description: 'Donors, ISO3' })
  @IsOptional()
  @IsArray()
  @IsIso3({ each: true })
  donor?: string[];

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Only partnerships whose indicator has been measured after delivery',
  })
  @IsOptional()
  @IsBoolean()
  measuredOnly?: boolean = false;
}

@ArgsType()
export class PartnershipOutcomesArgs extends PageArgs {
  @Field(() => OutcomeReportFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OutcomeReportFilter)
  filter?: OutcomeReportFilter;
}
