import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { User } from '@app/auth';
import { TimestampedEntity } from '@app/persistence';

import { EmailStatus } from './email-status';
import { NotificationKind } from './notification-kind';

/** Values a template needs beyond the title (quantities, states, dates), as written. */
export type NotificationParams = Record<string, string | number | null>;

/**
 * One notification for one user: the inbox entry and the e-mail's outbox row at once. Written in
 * the transaction of the change that causes it (a rolled-back change notifies nobody), never
 * twice for one `idempotencyKey` (what happened, to which item, in which period, for whom). Its
 * e-mail is sent by the worker (`emailStatus`); a trigger (see the Notifications migration) tells
 * listeners of each new row once its transaction commits.
 */
@ObjectType({ description: 'Something that concerns the signed-in user' })
@Entity('notifications')
@Index('idx_notifications_recipient_created_id', ['recipientUserId', 'createdAt', 'id'])
@Index('idx_notifications_unread', ['recipientUserId'], { where: '"read_at" IS NULL' })
@Index('idx_notifications_email_due', ['emailStatus', 'createdAt'], {
  where: `"email_status" IN ('PENDING', 'SENDING', 'DIGEST')`,
})
@Index('idx_notifications_email_message_id', ['emailMessageId'])
@Check('ck_notifications_language', `"language" IN ('en', 'fr')`)
export class Notification extends TimestampedEntity {
  @Column({ type: 'uuid' })
  recipientUserId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_user_id' })
  recipient?: User;

  @Field(() => NotificationKind)
  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Field(() => String, { description: 'The language of its e-mail, en or fr (the recipient’s)' })
  @Column({ type: 'text' })
  language: string;

  /** `KIND:item[:period]:recipient`: the same event never notifies the same user twice. */
  @Index('uq_notifications_idempotency_key', { unique: true })
  @Column({ type: 'text' })
  idempotencyKey: string;

  @Field(() => String, {
    description:
      'The title of its item (gap, offer, milestone…) when written; a pledge’s text in the recipient’s language when it has one',
  })
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'jsonb', default: {} })
  params: NotificationParams;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  gapId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  offerId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  proposalId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  partnershipId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  milestoneId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  matchRunId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  commentId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  pledgeId: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its recipient read it' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  readAt: Date | null;

  @Field(() => EmailStatus)
  @Column({
    type: 'enum',
    enum: EmailStatus,
    enumName: 'email_status',
    default: EmailStatus.PENDING,
  })
  emailStatus: EmailStatus;

  /** The SMTP Message-ID of its e-mail (its own, or its digest's), set when claimed for sending. */
  @Column({ type: 'text', nullable: true })
  emailMessageId: string | null;

  @Column({ type: 'integer', default: 0 })
  emailAttempts: number;

  /** When a worker last claimed it for sending: a claim left this old is picked up again. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  emailClaimedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  emailSentAt: Date | null;

  @Column({ type: 'text', nullable: true })
  emailError: string | null;
}
