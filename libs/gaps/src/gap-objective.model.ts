import { Field, Float, ObjectType } from '@nestjs/graphql';
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
