import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

import {
  DayInput,
  DeliveryModesInput,
  DescriptionInput,
  EnumInput,
  ExternalRefInput,
  IsCapabilityCode,
  IsIso3,
  LanguagesInput,
  OpenAtOnceInput,
  QuantityInput,
  TitleInput,
} from '@app/common';
import { Category, DeliveryMode, GapSource, Priority, QuantityUnit } from '@app/domain';

import { GapObjectiveInput } from './gap-objective.input';

@InputType()
export class CreateGapInput {
  @Field(() => String, { description: 'ISO3 code of the T/PCC, e.g. RWA' })
  @IsIso3()
  memberState: string;

  @Field(() => String, { nullable: true, description: 'Mission code, e.g. MINUSCA' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  mission?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  unitType?: string | null;

  @EnumInput(Category)
  category: Category;

  @Field(() => String, { description: 'UPPER_SNAKE capability code, e.g. LEVEL_2_HOSPITAL' })
  @IsCapabilityCode()
  @MaxLength(80)
  capability: string;

  @TitleInput()
  title: string;

  @DescriptionInput()
  description?: string;

  @QuantityInput()
  quantity: number;

  @EnumInput(QuantityUnit)
  unit: QuantityUnit;

  @EnumInput(Priority)
  priority: Priority;

  @LanguagesInput('Accepted languages, ISO 639-1, e.g. ["fr", "en"]')
  languages: string[];

  @DeliveryModesInput()
  preferredDeliveryModes?: DeliveryMode[];

  @DayInput('Support needed from this day, YYYY-MM-DD')
  neededFrom: string;

  @DayInput('Support needed by this day (inclusive)')
  neededBy: string;

  @Field(() => GapObjectiveInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => GapObjectiveInput)
  objective?: GapObjectiveInput | null;

  @Field(() => GapSource, { nullable: true, defaultValue: GapSource.SELF_DECLARED })
  @IsOptional()
  @IsEnum(GapSource)
  source?: GapSource | null;

  @ExternalRefInput()
  externalRef?: string | null;

  @OpenAtOnceInput('Open the gap at once instead of saving a DRAFT')
  open?: boolean | null;
}
