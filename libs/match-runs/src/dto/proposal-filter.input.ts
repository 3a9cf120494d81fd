import { Field, Float, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsNumber,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';

import { IsIso3 } from '@app/common';
import { Category, ProposalStatus } from '@app/domain';

/** Each list field is a list of accepted values; fields combine with AND. */
@InputType()
export class ProposalFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  run?: string[];

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

  @Field(() => [ProposalStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(ProposalStatus, { each: true })
  status?: ProposalStatus[];

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

  @Field(() => Float, { nullable: true, description: 'Proposals scoring at least this, 0 to 1' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  minScore?: number;
}
