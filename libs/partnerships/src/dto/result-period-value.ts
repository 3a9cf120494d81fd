import { applyDecorators } from '@nestjs/common';
import { Field, Float } from '@nestjs/graphql';
import { IsNumber, IsOptional, Max, Min, ValidateIf } from 'class-validator';

/** Indicator values are finite and of a sane size (the column is an exact numeric). */
const LIMIT = 1e12;

/**
 * How an input field may be left: `required`; `clearable` (left out, or null to clear);
 * `keep` (left out keeps the stored value; null is refused, the field cannot be cleared).
 */
export type Presence = 'required' | 'clearable' | 'keep';

/** Checked only when given (null included). */
export const WhenGiven = () => ValidateIf((_object, value) => value !== undefined);

/** A finite indicator value (GraphQL Float). */
export const IndicatorValueInput = (description: string, presence: Presence) =>
  applyDecorators(
    Field(() => Float, { description, nullable: presence !== 'required' }),
    ...(presence === 'clearable' ? [IsOptional()] : presence === 'keep' ? [WhenGiven()] : []),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Min(-LIMIT),
    Max(LIMIT),
  );
