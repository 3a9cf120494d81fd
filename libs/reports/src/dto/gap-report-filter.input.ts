import { Field, InputType } from '@nestjs/graphql';
import { IsArray, IsEnum, IsOptional, IsString, Matches } from 'class-validator';

import { IsIso3 } from '@app/common';
import { Category, GapStatus } from '@app/domain';

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
