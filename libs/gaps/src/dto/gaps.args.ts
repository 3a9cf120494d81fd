import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, ValidateNested } from 'class-validator';

import { IsIso3, PageArgs } from '@app/common';
import { Category, GapStatus, Priority } from '@app/domain';

/** Each field is a list of accepted values; fields combine with AND. */
@InputType()
export class GapFilter {
  @Field(() => [Category], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(Category, { each: true })
  category?: Category[];

  @Field(() => [GapStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(GapStatus, { each: true })
  status?: GapStatus[];

  @Field(() => [String], { nullable: true, description: 'ISO3 codes of T/PCCs' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsIso3({ each: true })
  memberState?: string[];

  @Field(() => [String], { nullable: true, description: 'Mission codes' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  mission?: string[];

  @Field(() => [Priority], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(Priority, { each: true })
  priority?: Priority[];
}

@ArgsType()
export class GapsArgs extends PageArgs {
  @Field(() => GapFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GapFilter)
  filter?: GapFilter;
}
