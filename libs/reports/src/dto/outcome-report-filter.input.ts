import { Field, InputType } from '@nestjs/graphql';
import { IsArray, IsBoolean, IsEnum, IsOptional } from 'class-validator';

import { IsIso3 } from '@app/common';
import { Category } from '@app/domain';

@InputType()
export class OutcomeReportFilter {
  @Field(() => [Category], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(Category, { each: true })
  category?: Category[];

  @Field(() => [String], { nullable: true, description: 'Recipient T/PCCs, ISO3' })
  @IsOptional()
  @IsArray()
  @IsIso3({ each: true })
  memberState?: string[];

  @Field(() => [String], { nullable: true, description: 'Donors, ISO3' })
  @IsOptional()
  @IsArray()
  @IsIso3({ each: true })
  donor?: string[];

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Only partnerships whose indicator has been measured after delivery',
  })
  @IsOptional()
  @IsBoolean()
  measuredOnly?: boolean = false;
}
