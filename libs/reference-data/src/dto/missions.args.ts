import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { type OrderBy, PageArgs } from '@app/common';
import { MissionOrderBy, MissionSortField } from '../mission-ordering';

export { MissionOrderBy, MissionSortField };

@ArgsType()
export class MissionsArgs extends PageArgs {
  @Field(() => MissionOrderBy, { nullable: true, description: 'Default: CODE ASC' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MissionOrderBy)
  orderBy?: OrderBy<MissionSortField>;
}
