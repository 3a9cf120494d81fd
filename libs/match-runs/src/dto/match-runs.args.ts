import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';

import { PageArgs } from '@app/common';
import { MatchRunStatus, ProposalStatus } from '@app/domain';

@ArgsType()
export class MatchRunsArgs extends PageArgs {
  @Field(() => [MatchRunStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(MatchRunStatus, { each: true })
  status?: MatchRunStatus[];
}

/** Each field is a list of accepted values; fields combine with AND. */
@InputType()
export class ProposalFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  run?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  gap?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  offer?: string[];

  @Field(() => [ProposalStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(ProposalStatus, { each: true })
  status?: ProposalStatus[];
}

@ArgsType()
export class ProposalsArgs extends PageArgs {
  @Field(() => ProposalFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProposalFilter)
  filter?: ProposalFilter;
}
