import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

import { DescriptionInput, EnumInput, IsCapabilityCode, QuantityInput } from '@app/common';
import { Category, QuantityUnit } from '@app/domain';

@InputType()
export class AddMinisterialRequirementInput {
  @Field(() => ID)
  @IsUUID()
  ministerialId: string;

  @EnumInput(Category)
  category: Category;

  @Field(() => String, { description: 'Capability code, e.g. CASEVAC' })
  @IsCapabilityCode()
  capability: string;

  @Field(() => String, { nullable: true, description: 'Mission code, e.g. MINUSCA; null = any' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  mission?: string | null;

  @QuantityInput()
  quantity: number;

  @EnumInput(QuantityUnit)
  unit: QuantityUnit;

  @DescriptionInput()
  description?: string;
}
