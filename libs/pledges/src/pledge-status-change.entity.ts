import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';

import { Role } from '@app/domain';
import { PledgeStatus } from '@app/domain';
import { BelongsTo, IdField, TextField, TimestampedEntity } from '@app/persistence';

import { Pledge } from './pledge.entity';

/**
 * One step of a pledge's status history: when, from what to what, who made it (copied as it was,
 * as the audit log does) and why. The first step (from null) is the pledge's creation.
 */
@ObjectType({ description: "A change of a pledge's status" })
@Entity('pledge_status_changes')
@Index('idx_pledge_status_changes_pledge', ['pledgeId', 'changedAt', 'id'])
export class PledgeStatusChange extends TimestampedEntity {
  @IdField()
  pledgeId: string;

  @BelongsTo(() => Pledge, 'pledgeId')
  pledge?: Pledge;

  @Field(() => PledgeStatus, { nullable: true, description: 'null for the pledge’s creation' })
  @Column({ type: 'enum', enum: PledgeStatus, enumName: 'pledge_status', nullable: true })
  fromStatus: PledgeStatus | null;

  @Field(() => PledgeStatus)
  @Column({ type: 'enum', enum: PledgeStatus, enumName: 'pledge_status' })
  toStatus: PledgeStatus;

  @Field(() => GraphQLISODateTime)
  @Column({ type: 'timestamptz', precision: 3 })
  changedAt: Date;

  @Field(() => ID, { nullable: true, description: 'null for the CLI and demo seeding' })
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @TextField({ nullable: true })
  actorEmail: string | null;

  @Field(() => Role, { nullable: true })
  @Column({ type: 'enum', enum: Role, enumName: 'user_role', nullable: true })
  actorRole: Role | null;

  @TextField({ nullable: true, description: 'The state the actor acted for (ISO3)' })
  actorMemberState: string | null;

  @TextField({ nullable: true, description: 'Why' })
  reason: string | null;
}
