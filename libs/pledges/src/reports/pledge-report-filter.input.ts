import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsUUID } from 'class-validator';

import { IsIso3 } from '@app/common';
import { Category, PledgeKind } from '@app/domain';

import { type SqlParams } from '@app/reports';

/** Which pledges a pledge report counts: lists, combined with AND; left out, all. */
@InputType({ description: 'Which pledges (and requirement lines) a pledge report counts' })
export class PledgeReportFilter {
  @Field(() => [ID], { nullable: true, description: 'Ids of Ministerials' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ministerial?: string[];

  @Field(() => [Category], { nullable: true, description: 'Categories (pledges and lines)' })
  @IsOptional()
  @IsArray()
  @IsEnum(Category, { each: true })
  category?: Category[];

  @Field(() => [PledgeKind], { nullable: true, description: 'Kinds of pledge' })
  @IsOptional()
  @IsArray()
  @IsEnum(PledgeKind, { each: true })
  kind?: PledgeKind[];

  @Field(() => [String], {
    nullable: true,
    description: 'ISO3 codes of states: pledges they lead or join',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsIso3({ each: true })
  state?: string[];
}

/** The filter's export parameters (GET /export/reports/pledge-…?ministerial=…&category=…). */
export const PLEDGE_REPORT_PARAMS = {
  ministerial: 'ids',
  category: 'codes',
  kind: 'codes',
  state: 'codes',
} as const;

/** SQL conditions on a pledge row `alias` (those of a requirement line, then kind and state). */
export function pledgeConditions(
  filter: PledgeReportFilter | undefined,
  params: SqlParams,
  alias: string,
): string[] {
  const conditions = requirementConditions(filter, params, alias);
  if (filter?.kind?.length)
    conditions.push(`${alias}.kind::text = ANY(${params.add(filter.kind)}::text[])`);
  if (filter?.state?.length) {
    const states = params.add(filter.state);
    conditions.push(
      `(${alias}.lead_iso3 = ANY(${states}::text[]) OR ${alias}.member_iso3s && ${states}::text[])`,
    );
  }
  return conditions;
}

/** SQL conditions on a requirement line `alias` (its Ministerial and category). */
export function requirementConditions(
  filter: PledgeReportFilter | undefined,
  params: SqlParams,
  alias: string,
): string[] {
  const conditions: string[] = [];
  if (filter?.ministerial?.length)
    conditions.push(`${alias}.ministerial_id = ANY(${params.add(filter.ministerial)}::uuid[])`);
  if (filter?.category?.length)
    conditions.push(`${alias}.category::text = ANY(${params.add(filter.category)}::text[])`);
  return conditions;
}
