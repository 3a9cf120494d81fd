import { Field, Int, ObjectType } from '@nestjs/graphql';

import { type Connection, PageInfo, ResolvesLater } from '@app/common';

import { Notification } from './notification.entity';

@ObjectType()
export class NotificationEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => Notification)
  node: Notification;
}

/** A page of the caller's notifications, with how many of all of them are unread. */
@ObjectType()
export class NotificationConnection implements Connection<Notification> {
  @Field(() => [NotificationEdge])
  edges: NotificationEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Notifications matching the filter, across all pages' })
  @ResolvesLater()
  totalCount: number | Promise<number>;

  @Field(() => Int, { description: 'Your unread notifications, of every kind (the bell’s count)' })
  @ResolvesLater()
  unreadCount: number | Promise<number>;
}

@ObjectType()
export class MarkNotificationsReadResult {
  @Field(() => Int, { description: 'Notifications marked read by this call' })
  marked: number;

  @Field(() => Int, { description: 'Your unread notifications left' })
  unreadCount: number;
}
