import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { PageArgs } from '@app/common';

import { OutcomeReportFilter } from './outcome-report-filter.input';

@ArgsType()
export class PartnershipOutcomesArgs extends PageArgs {
  @Field(() => OutcomeReportFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OutcomeReportFilter)
  filter?: OutcomeReportFilter;
}
