import { Field, Float, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index } from 'typeorm';

import { Role } from '@app/domain';
import {
  BelongsTo,
  DayField,
  IdField,
  numericTransformer,
  TextField,
  TimestampedEntity,
} from '@app/persistence';

import { Partnership } from './partnership.entity';

/**
 * The gap's indicator over one reporting period of a partnership, as an IATI result period:
 * baseline, target and the actual value from `periodStart` to `periodEnd` (both inclusive), and
 * who reported it and when (copied as they were, as the audit log does). The periods of one
 * partnership and indicator never overlap (checked by the service on the locked partnership).
 */
@ObjectType({
  description: "The gap's indicator over one reporting period of a partnership (an IATI period)",
})
@Entity('partnership_result_periods')
@Index('idx_partnership_result_periods_partnership', ['partnershipId', 'periodStart', 'id'])
@Check('ck_partnership_result_periods_days', '"period_end" >= "period_start"')
export class PartnershipResultPeriod extends TimestampedEntity {
  @IdField()
  partnershipId: string;

  @BelongsTo(() => Partnership, 'partnershipId')
  partnership?: Partnership;

  @TextField({
    description: "The gap's objective indicator, as it read when the period was reported",
  })
  indicator: string;

  @DayField({ description: 'First day of the period' })
  periodStart: string;

  @DayField({ description: 'Last day of the period (inclusive)' })
  periodEnd: string;

  @Field(() => Float, { nullable: true, description: 'Value before the support' })
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  baseline: number | null;

  @Field(() => Float, { nullable: true, description: 'Value aimed at by the end of the period' })
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  target: number | null;

  @Field(() => Float, { description: 'Value measured over the period' })
  @Column({ type: 'numeric', transformer: numericTransformer })
  actual: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was last reported (or corrected)' })
  @Column({ type: 'timestamptz', precision: 3 })
  reportedAt: Date;

  @Field(() => ID, { nullable: true, description: 'Who reported it; null for the CLI' })
  @Column({ type: 'uuid', nullable: true })
  reportedByUserId: string | null;

  @TextField({ nullable: true })
  reportedByEmail: string | null;

  @Field(() => Role, { nullable: true })
  @Column({ type: 'enum', enum: Role, enumName: 'user_role', nullable: true })
  reportedByRole: Role | null;

  @TextField({ nullable: true, description: 'The state the reporter acted for (ISO3)' })
  reportedByMemberState: string | null;
}
