import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { type OrderBy, OrderByInput, PageArgs } from '@app/common';

export enum MissionSortField {
  CODE = 'CODE',
  NAME = 'NAME',
}

registerEnumType(MissionSortField, {
  name: 'MissionSortField',
  valuesMap: {
    CODE: { description: 'Code, A to Z by default' },
    NAME: { description: 'Name, A to Z by default' },
  },
});

export const MissionOrderBy = OrderByInput(MissionSortField, 'Mission');

@ArgsType()
export class MissionsArgs extends PageArgs {
  @Field(() => MissionOrderBy, { nullable: true, description: 'Default: CODE ASC' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MissionOrderBy)
  orderBy?: OrderBy<MissionSortField>;
}
