import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

import {
  DEFAULT_PAGE_SIZE,
  IsIso3,
  MAX_PAGE_SIZE,
  type OrderBy,
  OrderByInput,
  PageArgs,
} from '@app/common';
import { Category, MatchRunStatus, ProposalStatus } from '@app/domain';

export enum MatchRunSortField {
  CREATED_AT = 'CREATED_AT',
}

registerEnumType(MatchRunSortField, {
  name: 'MatchRunSortField',
  valuesMap: { CREATED_AT: { description: 'When it was queued (default DESC: newest first)' } },
});

export const MatchRunOrderBy = OrderByInput(MatchRunSortField, 'MatchRun');

@ArgsType()
export class MatchRunsArgs extends PageArgs {
  @Field(() => [MatchRunStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(MatchRunStatus, { each: true })
  status?: MatchRunStatus[];

  @Field(() => MatchRunOrderBy, { nullable: true, description: 'Default: CREATED_AT DESC' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchRunOrderBy)
  orderBy?: OrderBy<MatchRunSortField>;
}

export enum ProposalSortField {
  CREATED_AT = 'CREATED_AT',
  SCORE = 'SCORE',
  QUANTITY = 'QUANTITY',
}

registerEnumType(ProposalSortField, {
  name: 'ProposalSortField',
  valuesMap: {
    CREATED_AT: { description: 'When its run wrote it (default DESC: newest first)' },
    SCORE: { description: 'Score in (0, 1] (default DESC: best first)' },
    QUANTITY: { description: 'Quantity proposed (default DESC)' },
  },
});

export const ProposalOrderBy = OrderByInput(ProposalSortField, 'Proposal');

/** Each list field is a list of accepted values; fields combine with AND. */
@InputType()
export class ProposalFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  run?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  gap?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  offer?: string[];

  @Field(() => [ProposalStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(ProposalStatus, { each: true })
  status?: ProposalStatus[];

  @Field(() => [String], { nullable: true, description: "ISO3 codes of the gaps' T/PCCs" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsIso3({ each: true })
  memberState?: string[];

  @Field(() => [String], { nullable: true, description: "ISO3 codes of the offers' donors" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsIso3({ each: true })
  donor?: string[];

  @Field(() => [Category], { nullable: true, description: "The gap's (and offer's) category" })
  @IsOptional()
  @IsArray()
  @IsEnum(Category, { each: true })
  category?: Category[];

  @Field(() => Float, { nullable: true, description: 'Proposals scoring at least this, 0 to 1' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  minScore?: number;
}

@ArgsType()
export class ProposalsArgs extends PageArgs {
  @Field(() => ProposalFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProposalFilter)
  filter?: ProposalFilter;

  @Field(() => ProposalOrderBy, { nullable: true, description: 'Default: CREATED_AT DESC' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProposalOrderBy)
  orderBy?: OrderBy<ProposalSortField>;
}

/** The proposals of one gap or offer, nested in a list: newest first, best score first in a run. */
@ArgsType()
export class NestedProposalsArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `At most this many per gap or offer, 1 to ${MAX_PAGE_SIZE}`,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => [ProposalStatus], { nullable: true, description: 'Only these statuses' })
  @IsOptional()
  @IsArray()
  @IsEnum(ProposalStatus, { each: true })
  status?: ProposalStatus[];
}
