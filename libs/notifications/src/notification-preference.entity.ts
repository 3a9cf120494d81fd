import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import { User } from '@app/auth';

import { NotificationDelivery } from './email-status';
import { NotificationKind } from './notification-kind';

/** How one user wants the e-mails of one kind; no row: IMMEDIATELY. */
@ObjectType({ description: 'How the signed-in user wants the e-mails of one kind' })
@Entity('notification_preferences')
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Field(() => NotificationKind)
  @PrimaryColumn({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Field(() => NotificationDelivery)
  @Column({ type: 'enum', enum: NotificationDelivery, enumName: 'notification_delivery' })
  delivery: NotificationDelivery;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Null: never changed (the default)',
  })
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, nullable: true })
  updatedAt: Date | null;
}
