import { Field, InputType } from '@nestjs/graphql';
import { IsArray, IsEnum, IsOptional } from 'class-validator';

import { IsIso3 } from '@app/common';
import { Category, OfferStatus } from '@app/domain';

@InputType()
export class DonorReportFilter {
  @Field(() => [String], { nullable: true, description: 'Donors, ISO3' })
  @IsOptional()
  @IsArray()
  @IsIso3({ each: true })
  donor?: string[];

  @Field(() => [Category], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(Category, { each: true })
  category?: Category[];

  @Field(() => [OfferStatus], {
    nullable: true,
    description:
      'Default: OPEN, PARTIALLY_ALLOCATED, FULLY_ALLOCATED, EXPIRED (not drafts or withdrawn)',
  })
  @IsOptional()
  @IsArray()
  @IsEnum(OfferStatus, { each: true })
  status?: OfferStatus[];
}
