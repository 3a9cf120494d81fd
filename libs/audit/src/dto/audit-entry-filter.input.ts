import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';

import { AuditChangeKind } from '../audit-entry.entity';

/** Each list field is a list of accepted values; fields combine with AND. */
@InputType()
export class AuditEntryFilter {
  @Field(() => [String], { nullable: true, description: 'User ids or emails of the actors' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(320, { each: true })
  actor?: string[];

  @Field(() => [String], { nullable: true, description: 'Mutations, e.g. createGap' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  action?: string[];

  @Field(() => [String], { nullable: true, description: 'e.g. CapabilityGap, Offer, Proposal' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  entityType?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  entityId?: string[];

  @Field(() => [String], { nullable: true, description: 'x-request-id values' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(128, { each: true })
  requestId?: string[];

  @Field(() => [AuditChangeKind], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(AuditChangeKind, { each: true })
  kind?: AuditChangeKind[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'From this time (inclusive)' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Before this time (exclusive)' })
  @IsOptional()
  @IsDate()
  to?: Date;
}
