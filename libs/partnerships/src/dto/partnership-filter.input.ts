import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsUUID } from 'class-validator';

import { IsIso3 } from '@app/common';
import { Category, PartnershipStatus } from '@app/domain';

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
