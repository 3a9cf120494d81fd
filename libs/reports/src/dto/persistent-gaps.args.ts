import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';

import { PageArgs } from '@app/common';

import { GapReportFilter } from './gap-report-filter.input';

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
