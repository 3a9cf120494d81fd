import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsEnum, IsOptional, ValidateNested } from 'class-validator';

import { type OrderBy, OrderByInput, PageArgs } from '@app/common';
import { MatchRunStatus } from '@app/domain';

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
