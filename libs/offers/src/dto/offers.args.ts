import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, ValidateNested } from 'class-validator';

import { IsIso3, PageArgs } from '@app/common';
import { Category, OfferStatus } from '@app/domain';

/** Each field is a list of accepted values; fields combine with AND. */
@InputType()
export class OfferFilter {
  @Field(() => [Category], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(Category, { each: true })
  category?: Category[];

  @Field(() => [OfferStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(OfferStatus, { each: true })
  status?: OfferStatus[];

  @Field(() => [String], { nullable: true, description: 'ISO3 codes of donors' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsIso3({ each: true })
  donor?: string[];
}

@ArgsType()
export class OffersArgs extends PageArgs {
  @Field(() => OfferFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OfferFilter)
  filter?: OfferFilter;
}
