import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsEnum, IsOptional, ValidateNested } from 'class-validator';

import { type OrderBy, PageArgs } from '@app/common';
import { MatchRunStatus } from '@app/domain';
import { MatchRunOrderBy, MatchRunSortField } from '../match-run-ordering';

export { MatchRunOrderBy, MatchRunSortField };

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
