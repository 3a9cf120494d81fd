import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { DonorReportFilter } from './donor-report-filter.input';

@ArgsType()
export class DonorSummariesArgs {
  @Field(() => DonorReportFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DonorReportFilter)
  filter?: DonorReportFilter;
}
