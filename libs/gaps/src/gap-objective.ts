import { Field, Float, InputType, ObjectType } from '@nestjs/graphql';
import { IsNumber, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { Column } from 'typeorm';

import { numericTransformer } from '@app/persistence';

/** The measurable objective of a gap: what is measured, where it stands, where it should get. */
@ObjectType()
export class GapObjective {
  @Field(() => String, { nullable: true, description: 'e.g. "% of medics certified in CASEVAC"' })
  @Column({ type: 'text', nullable: true })
  indicator: string | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  baseline: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  target: number | null;
}

@InputType()
export class GapObjectiveInput {
  @Field(() => String)
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  indicator: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  baseline?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  target?: number;
}
