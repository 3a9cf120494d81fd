import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';

import { GapReportFilter } from './gap-report-filter.input';

@ArgsType()
export class GapTrendArgs {
  @Field(() => GapReportFilter, {
    description:
      'The gaps counted; its `period` (both ends required, at most 10 years) sets the months, and events count when they fall in it',
  })
  @ValidateNested()
  @Type(() => GapReportFilter)
  filter: GapReportFilter;
}
