import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

import { IsIso3, LocalDateScalar, type OrderBy, OrderByInput, PageArgs } from '@app/common';
import { Category, PartnershipStatus } from '@app/domain';

@InputType()
export class AddMilestoneInput {
  @Field(() => ID)
  @IsUUID()
  partnershipId: string;

  @Field(() => String)
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  title: string;

  @Field(() => LocalDateScalar, { description: 'YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  dueOn: string;
}

@InputType()
export class CompleteMilestoneInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => LocalDateScalar, { description: 'YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  achievedOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@InputType()
export class RecordDeliveryInput {
  @Field(() => ID)
  @IsUUID()
  partnershipId: string;

  @Field(() => Int, { description: 'Units delivered now; added to what was delivered before' })
  @Min(1)
  @Max(1_000_000)
  quantity: number;
}

@InputType()
export class RecordIndicatorInput {
  @Field(() => ID)
  @IsUUID()
  partnershipId: string;

  @Field(() => Float, { description: "The gap's objective indicator, measured after delivery" })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value: number;

  @Field(() => LocalDateScalar, { description: 'YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  measuredOn: string;
}

export enum PartnershipSortField {
  CREATED_AT = 'CREATED_AT',
  QUANTITY = 'QUANTITY',
  DELIVERED_QUANTITY = 'DELIVERED_QUANTITY',
}

registerEnumType(PartnershipSortField, {
  name: 'PartnershipSortField',
  valuesMap: {
    CREATED_AT: { description: 'When it was confirmed (default DESC: newest first)' },
    QUANTITY: { description: 'Units committed (default DESC)' },
    DELIVERED_QUANTITY: { description: 'Units delivered so far (default DESC)' },
  },
});

export const PartnershipOrderBy = OrderByInput(PartnershipSortField, 'Partnership');

/** Each field is a list of accepted values; fields combine with AND. */
@InputType()
export class PartnershipFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  gap?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  offer?: string[];

  @Field(() => [PartnershipStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(PartnershipStatus, { each: true })
  status?: PartnershipStatus[];

  @Field(() => [String], { nullable: true, description: "ISO3 codes of the gaps' T/PCCs" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsIso3({ each: true })
  memberState?: string[];

  @Field(() => [String], { nullable: true, description: "ISO3 codes of the offers' donors" })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsIso3({ each: true })
  donor?: string[];

  @Field(() => [Category], { nullable: true, description: "The gap's (and offer's) category" })
  @IsOptional()
  @IsArray()
  @IsEnum(Category, { each: true })
  category?: Category[];
}

@ArgsType()
export class PartnershipsArgs extends PageArgs {
  @Field(() => PartnershipFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartnershipFilter)
  filter?: PartnershipFilter;

  @Field(() => PartnershipOrderBy, { nullable: true, description: 'Default: CREATED_AT DESC' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartnershipOrderBy)
  orderBy?: OrderBy<PartnershipSortField>;
}
