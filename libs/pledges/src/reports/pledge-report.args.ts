import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { PledgeReportFilter } from './pledge-report-filter.input';

@ArgsType()
export class PledgeReportArgs {
  @Field(() => PledgeReportFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PledgeReportFilter)
  filter?: PledgeReportFilter;
}
