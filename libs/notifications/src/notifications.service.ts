import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';

import { BadInputError, paginate, sortKeyFor } from '@app/common';
import { type RequestContext } from '@app/request-context';

import { type MarkNotificationsReadInput } from './dto/mark-notifications-read.input';
import { type NotificationsArgs } from './dto/notifications.args';
import { type SetNotificationPreferenceInput } from './dto/set-notification-preference.input';
import { NotificationDelivery } from './email-status';
import {
  type MarkNotificationsReadResult,
  type NotificationConnection,
} from './notification-connection.model';
import { Notification } from './notification.entity';
import { ALL_NOTIFICATION_KINDS } from './notification-kind';
import { NOTIFICATION_ORDERING } from './notification-ordering';
import { NotificationPreference } from './notification-preference.entity';

/** The signed-in user's inbox and e-mail preferences; always keyed on the caller's own id. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(ctx: RequestContext, args: NotificationsArgs): Promise<NotificationConnection> {
    const userId = ctx.requireActor().userId;
    const query = this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('notification')
      .where('notification.recipient_user_id = :userId', { userId });
    const { kinds, unread } = args.filter ?? {};
    if (kinds?.length) query.andWhere('notification.kind IN (:...kinds)', { kinds });
    if (unread === true) query.andWhere('notification.read_at IS NULL');
    if (unread === false) query.andWhere('notification.read_at IS NOT NULL');
    const page = await paginate(query, args, sortKeyFor(NOTIFICATION_ORDERING, args.orderBy));
    const dataSource = this.dataSource;
    // Counted only when selected, as totalCount (a getter: spreading the page would run both).
    return Object.defineProperty(page, 'unreadCount', {
      get: () => unreadCountOf(dataSource, userId),
      enumerable: true,
    }) as NotificationConnection;
  }

  unreadCount(ctx: RequestContext): Promise<number> {
    return unreadCountOf(this.dataSource, ctx.requireActor().userId);
  }

  /** One of the caller's notifications, or null (someone else's is answered alike). */
  findOwn(ctx: RequestContext, id: string): Promise<Notification | null> {
    return this.dataSource
      .getRepository(Notification)
      .findOneBy({ id, recipientUserId: ctx.requireActor().userId });
  }

  async markRead(
    ctx: RequestContext,
    input: MarkNotificationsReadInput,
  ): Promise<MarkNotificationsReadResult> {
    const userId = ctx.requireActor().userId;
    if (!input.all && !input.ids?.length)
      throw new BadInputError('input.ids', 'input.ids: give the notifications, or all: true');
    const repository = this.dataSource.getRepository(Notification);
    const { affected } = await repository.update(
      {
        recipientUserId: userId,
        readAt: IsNull(),
        ...(input.all ? {} : { id: In(input.ids!) }),
      },
      { readAt: new Date() },
    );
    return { marked: affected ?? 0, unreadCount: await unreadCountOf(this.dataSource, userId) };
  }

  /** Every kind with the caller's choice (IMMEDIATELY where they never chose). */
  async preferences(ctx: RequestContext): Promise<NotificationPreference[]> {
    const userId = ctx.requireActor().userId;
    const chosen = await this.dataSource.getRepository(NotificationPreference).findBy({ userId });
    return ALL_NOTIFICATION_KINDS.map(
      (kind) =>
        chosen.find((preference) => preference.kind === kind) ??
        Object.assign(new NotificationPreference(), {
          userId,
          kind,
          delivery: NotificationDelivery.IMMEDIATELY,
          updatedAt: null,
        }),
    );
  }

  async setPreference(
    ctx: RequestContext,
    input: SetNotificationPreferenceInput,
  ): Promise<NotificationPreference> {
    const userId = ctx.requireActor().userId;
    const repository = this.dataSource.getRepository(NotificationPreference);
    await repository.upsert({ userId, kind: input.kind, delivery: input.delivery }, [
      'userId',
      'kind',
    ]);
    return repository.findOneByOrFail({ userId, kind: input.kind });
  }
}

async function unreadCountOf(dataSource: DataSource, userId: string): Promise<number> {
  return dataSource
    .getRepository(Notification)
    .countBy({ recipientUserId: userId, readAt: IsNull() });
}
