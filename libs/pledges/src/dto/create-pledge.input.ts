import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

import { EnumInput, IsCapabilityCode, IsIso3 } from '@app/common';
import { Category, PledgeKind, QuantityUnit } from '@app/domain';

@InputType()
export class CreatePledgeInput {
  @Field(() => ID, { description: 'The Ministerial it was made at' })
  @IsUUID()
  ministerialId: string;

  @Field(() => String, {
    description: 'ISO3 code of the pledging state (the lead of a joint pledge)',
  })
  @IsIso3()
  lead: string;

  @Field(() => [String], {
    nullable: true,
    defaultValue: [],
    description: 'ISO3 codes of the other states of a joint pledge',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsIso3({ each: true })
  members?: string[];

  @EnumInput(PledgeKind)
  kind: PledgeKind;

  @EnumInput(Category)
  category: Category;

  @Field(() => String, {
    nullable: true,
    description: 'Capability code; null = the whole category',
  })
  @IsOptional()
  @IsCapabilityCode()
  capability?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The pledge in English (this and/or textFr)',
  })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(5000)
  textEn?: string | null;

  @Field(() => String, { nullable: true, description: 'The pledge in French (this and/or textEn)' })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(5000)
  textFr?: string | null;

  @Field(() => Int, { nullable: true, description: 'How much, when measurable (with unit)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity?: number | null;

  @Field(() => QuantityUnit, { nullable: true, description: 'Unit of quantity' })
  @IsOptional()
  @IsEnum(QuantityUnit)
  unit?: QuantityUnit | null;
}
