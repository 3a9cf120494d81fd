import { Field, Float, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsArray, IsOptional, Matches, Min } from 'class-validator';

import {
  DayInput,
  DeliveryModesInput,
  DescriptionInput,
  EnumInput,
  ExternalRefInput,
  IsAmount,
  IsCapabilityCode,
  IsIso3,
  LanguagesInput,
  OpenAtOnceInput,
  QuantityInput,
  TitleInput,
} from '@app/common';
import { Category, DeliveryMode, QuantityUnit } from '@app/domain';

@InputType()
export class CreateOfferInput {
  @Field(() => String, { description: 'ISO3 code of the donor member state, e.g. USA' })
  @IsIso3()
  donor: string;

  @EnumInput(Category)
  category: Category;

  @Field(() => [String], {
    nullable: true,
    defaultValue: [],
    description: 'Capability codes offered; empty = the whole category',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsCapabilityCode({ each: true })
  capabilities?: string[];

  @TitleInput()
  title: string;

  @DescriptionInput()
  description?: string;

  @QuantityInput()
  capacity: number;

  @EnumInput(QuantityUnit)
  unit: QuantityUnit;

  @Field(() => Float, { nullable: true, description: 'US dollars per unit' })
  @IsOptional()
  @IsAmount(14) // numeric(14,2)
  @Min(0)
  costPerUnit?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Total budget, US dollars; needs costPerUnit',
  })
  @IsOptional()
  @IsAmount(16) // numeric(16,2)
  @Min(0.01)
  budget?: number | null;

  @LanguagesInput('Delivery languages, ISO 639-1, e.g. ["en", "fr"]')
  languages: string[];

  @DeliveryModesInput()
  deliveryModes?: DeliveryMode[];

  @Field(() => [String], {
    nullable: true,
    defaultValue: [],
    description: 'ISO3 codes or three-digit M49 region codes (002 = Africa); empty = all',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @Matches(/^([A-Z]{3}|\d{3})$/, {
    each: true,
    message: 'eligible must contain ISO3 codes or three-digit M49 region codes',
  })
  eligible?: string[];

  @Field(() => [String], { nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsIso3({ each: true })
  excluded?: string[];

  @DayInput('Available from this day, YYYY-MM-DD')
  availableFrom: string;

  @DayInput('Available until this day (inclusive)')
  availableTo: string;

  @ExternalRefInput()
  externalRef?: string | null;

  @OpenAtOnceInput('Open the offer at once instead of saving a DRAFT')
  open?: boolean | null;
}
