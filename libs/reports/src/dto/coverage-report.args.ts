import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';

import { CoverageDimension } from '../coverage-dimension';
import { GapReportFilter } from './gap-report-filter.input';

@ArgsType()
export class CoverageReportArgs {
  @Field(() => CoverageDimension)
  @IsEnum(CoverageDimension)
  by: CoverageDimension;

  @Field(() => GapReportFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GapReportFilter)
  filter?: GapReportFilter;
}
