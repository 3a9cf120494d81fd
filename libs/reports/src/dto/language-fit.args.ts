import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';

import { IsLanguageCode } from '@app/common';

import { GapReportFilter } from './gap-report-filter.input';

@ArgsType()
export class LanguageFitArgs {
  @Field(() => String, { defaultValue: 'fr', description: 'ISO 639-1 code' })
  @IsLanguageCode()
  language: string = 'fr';

  @Field(() => GapReportFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GapReportFilter)
  filter?: GapReportFilter;
}
