import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { GapReportFilter } from './gap-report-filter.input';

@ArgsType()
export class OpenDemandArgs {
  @Field(() => GapReportFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GapReportFilter)
  filter?: GapReportFilter;
}
