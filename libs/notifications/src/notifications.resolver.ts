import {
  Args,
  Context,
  Int,
  Mutation,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { type SubscriptionContext } from 'mercurius';

import { Authorize } from '@app/access';
import { Ctx, type RequestContext } from '@app/request-context';

import { MarkNotificationsReadInput } from './dto/mark-notifications-read.input';
import { NotificationsArgs } from './dto/notifications.args';
import { SetNotificationPreferenceInput } from './dto/set-notification-preference.input';
import {
  MarkNotificationsReadResult,
  NotificationConnection,
} from './notification-connection.model';
import { Notification } from './notification.entity';
import { NotificationEventsService } from './notification-events.service';
import { pathOf } from './notification-links';
import { NotificationPolicy } from './notification.policy';
import { NotificationPreference } from './notification-preference.entity';
import { NotificationsService } from './notifications.service';

/** Published payloads are the notifications themselves. */
const asNotification = (notification: Notification): Notification => notification;

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly events: NotificationEventsService,
  ) {}

  @Authorize(NotificationPolicy.own)
  @Query(() => NotificationConnection, {
    description: 'Your notifications, newest first, with your unread count',
  })
  notifications(
    @Ctx() ctx: RequestContext,
    @Args() args: NotificationsArgs,
  ): Promise<NotificationConnection> {
    return this.service.list(ctx, args);
  }

  @Authorize(NotificationPolicy.own)
  @Mutation(() => MarkNotificationsReadResult, {
    description: 'Marks your notifications read (the ones given, or all); others’ are left alone',
  })
  markNotificationsRead(
    @Ctx() ctx: RequestContext,
    @Args('input') input: MarkNotificationsReadInput,
  ): Promise<MarkNotificationsReadResult> {
    return this.service.markRead(ctx, input);
  }

  @Authorize(NotificationPolicy.own)
  @Query(() => [NotificationPreference], {
    description: 'How you receive the e-mail of each kind (the inbox always gets it)',
  })
  notificationPreferences(@Ctx() ctx: RequestContext): Promise<NotificationPreference[]> {
    return this.service.preferences(ctx);
  }

  @Authorize(NotificationPolicy.own)
  @Mutation(() => NotificationPreference, {
    description: 'Receive the e-mails of one kind immediately, in a daily digest, or not at all',
  })
  setNotificationPreference(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SetNotificationPreferenceInput,
  ): Promise<NotificationPreference> {
    return this.service.setPreference(ctx, input);
  }

  @Authorize(NotificationPolicy.own)
  @Subscription(() => Notification, {
    description: 'Each new notification of yours (only yours), as it is committed',
    resolve: asNotification,
  })
  notificationAdded(
    @Ctx() ctx: RequestContext,
    @Context('pubsub') subscription: SubscriptionContext,
  ): Promise<AsyncIterable<Notification>> {
    return this.events.follow(ctx.requireActor().userId, subscription);
  }

  @ResolveField(() => Boolean)
  read(notification: Notification): boolean {
    return notification.readAt !== null;
  }

  @ResolveField(() => String, { description: 'The web app’s page of its item, e.g. /gaps/<id>' })
  path(notification: Notification): string {
    return pathOf(notification);
  }

  @ResolveField(() => Int, { nullable: true, description: 'The quantity it is about, if any' })
  quantity(notification: Notification): number | null {
    const value = notification.params?.quantity;
    return typeof value === 'number' ? value : null;
  }
}
