import { ArgsType, Field } from '@nestjs/graphql';
import { IsArray, IsEnum, IsOptional } from 'class-validator';

import { ListArgs } from '@app/common';
import { MatchRunStatus } from '@app/domain';

import { MATCH_RUN_ORDERING } from '../match-run-ordering';

@ArgsType()
export class MatchRunsArgs extends ListArgs(MATCH_RUN_ORDERING) {
  @Field(() => [MatchRunStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(MatchRunStatus, { each: true })
  status?: MatchRunStatus[];
}
