import { Field, InputType } from '@nestjs/graphql';
import { IsISO8601, IsOptional, registerDecorator } from 'class-validator';

import { LocalDateScalar } from '../graphql/scalars';

/** `to` is not before `from` (when both are given). */
function IsNotBeforeFrom(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isNotBeforeFrom',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must not be before from' },
      validator: {
        validate: (value: unknown, args) => {
          const from = (args?.object as DateRange | undefined)?.from;
          return typeof value !== 'string' || !from || value >= from;
        },
      },
    });
}

/** Days from `from` to `to`, both inclusive; either may be left out (open-ended). */
@InputType({ description: 'Days from `from` to `to`, both inclusive; either end may be left out' })
export class DateRange {
  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true })
  @IsNotBeforeFrom()
  to?: string | null;
}
