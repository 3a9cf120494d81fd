import { applyDecorators } from '@nestjs/common';
import { Field, ID, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

import { DeliveryMode } from '@app/domain';

import { LocalDateScalar } from '../graphql/scalars';
import { IsLanguageCode } from './codes';

/*
 * Input fields gaps and offers share, each one GraphQL field and its validation, so that the two
 * registers accept the same title, quantities, languages, days and references.
 */

/** 3 to 200 characters. */
export const TitleInput = () =>
  applyDecorators(
    Field(() => String),
    IsString(),
    MinLength(3),
    MaxLength(200),
  );

/** Up to 5,000 characters; empty when left out. */
export const DescriptionInput = () =>
  applyDecorators(
    Field(() => String, { nullable: true, defaultValue: '' }),
    IsOptional(),
    IsString(),
    MaxLength(5000),
  );

/** A whole number of units, 1 to 1,000,000. */
export const QuantityInput = () =>
  applyDecorators(
    Field(() => Int),
    IsInt(),
    Min(1),
    Max(1_000_000),
  );

/** One value of a registered GraphQL enum. */
export const EnumInput = (values: Record<string, string>) =>
  applyDecorators(
    Field(() => values),
    IsEnum(values),
  );

/** One to ten distinct ISO 639-1 codes. */
export const LanguagesInput = (description: string) =>
  applyDecorators(
    Field(() => [String], { description }),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(10),
    ArrayUnique(),
    IsLanguageCode({ each: true }),
  );

/** Distinct delivery modes; none when left out. */
export const DeliveryModesInput = () =>
  applyDecorators(
    Field(() => [DeliveryMode], { nullable: true, defaultValue: [] }),
    IsOptional(),
    IsArray(),
    ArrayUnique(),
    IsEnum(DeliveryMode, { each: true }),
  );

/** A calendar day, YYYY-MM-DD. */
export const DayInput = (description: string) =>
  applyDecorators(
    Field(() => LocalDateScalar, { description }),
    IsISO8601({ strict: true }),
  );

/** The caller's own reference for the record (a row id in their sheet), 1 to 200 characters. */
export const ExternalRefInput = () =>
  applyDecorators(
    Field(() => String, {
      nullable: true,
      description:
        'Your reference for it (e.g. a row id in your own sheet); unique, fixed once set',
    }),
    IsOptional(),
    IsString(),
    MinLength(1),
    MaxLength(200),
  );

/**
 * `open: true` opens the record at once instead of saving a DRAFT. Nullable with a default:
 * graphql-jit does not apply defaults of non-null input fields.
 */
export const OpenAtOnceInput = (description: string) =>
  applyDecorators(
    Field(() => Boolean, { nullable: true, defaultValue: false, description }),
    IsOptional(),
    IsBoolean(),
  );

/** An optional id (one of several an input may name; the service checks which). */
export const OptionalIdInput = () =>
  applyDecorators(
    Field(() => ID, { nullable: true }),
    IsOptional(),
    IsUUID(),
  );
