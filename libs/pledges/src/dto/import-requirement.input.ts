import {
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

import { IsCapabilityCode } from '@app/common';
import { Category, QuantityUnit } from '@app/domain';

/**
 * One row of a requirement list file: a line of addMinisterialRequirement, its Ministerial named
 * by code (BERLIN_2025) as a spreadsheet would, and an optional reference for re-imports. Not a
 * GraphQL input: the import reads it from the file's cells.
 */
export class ImportMinisterialRequirementInput {
  @Matches(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/, {
    message: 'ministerial must be the code of a Ministerial, e.g. BERLIN_2025',
  })
  @MaxLength(50)
  ministerial: string;

  @IsEnum(Category)
  category: Category;

  @IsCapabilityCode()
  capability: string;

  @IsOptional()
  @IsString()
  @MaxLength(20)
  mission?: string | null;

  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity: number;

  @IsEnum(QuantityUnit)
  unit: QuantityUnit;

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  externalRef?: string | null;
}
