import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';

import { LocalDateScalar } from '@app/common';
import { BelongsTo, IdField, TimestampedEntity } from '@app/persistence';

import { Partnership } from './partnership.entity';

/** A step of a partnership's delivery plan: due on a date, achieved on another (or not yet). */
@ObjectType({ description: "A step of a partnership's delivery plan" })
@Entity('partnership_milestones')
@Index('idx_partnership_milestones_partnership_due', ['partnershipId', 'dueOn', 'id'])
export class PartnershipMilestone extends TimestampedEntity {
  @IdField()
  partnershipId: string;

  @BelongsTo(() => Partnership, 'partnershipId')
  partnership?: Partnership;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => LocalDateScalar)
  @Column({ type: 'date' })
  dueOn: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  achievedOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
