import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { type FastifyInstance } from 'fastify';
import { type PubSub, type SubscriptionContext } from 'mercurius';
import { DataSource } from 'typeorm';

import { AppConfig } from '@app/config';

import { Notification } from './notification.entity';
import { NotificationListener } from './notification-listener';

/** Pubsub topic of one user's new notifications. */
export function notificationTopic(userId: string): string {
  return `NOTIFICATION_ADDED.${userId}`;
}

/**
 * Pushes each committed notification to its recipient's `notificationAdded` subscriptions. Rows
 * are written by the API and the worker alike; the table's trigger NOTIFYs every API instance,
 * which loads the row and publishes it on the topic of its recipient only.
 */
@Injectable()
export class NotificationEventsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(NotificationEventsService.name);
  private listener?: NotificationListener;

  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onModuleInit(): void {
    this.listener = new NotificationListener(
      this.config.databaseUrl,
      (id) =>
        void this.publish(id).catch((error: Error) =>
          this.logger.warn(`Could not push notification ${id}: ${error.message}`),
        ),
      this.logger,
    );
    this.listener.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.listener?.stop();
  }

  /** The stream of the signed-in user's new notifications (nobody else's topic is reachable). */
  follow(userId: string, subscription: SubscriptionContext): Promise<AsyncIterable<Notification>> {
    return subscription.subscribe<Notification>(notificationTopic(userId));
  }

  private async publish(id: string): Promise<void> {
    const pubsub = this.pubsub();
    if (!pubsub) return;
    const notification = await this.dataSource.getRepository(Notification).findOneBy({ id });
    if (!notification) return;
    await new Promise<void>((resolve) =>
      pubsub.publish(
        { topic: notificationTopic(notification.recipientUserId), payload: notification },
        resolve,
      ),
    );
  }

  private pubsub(): PubSub | undefined {
    return this.adapterHost.httpAdapter?.getInstance<FastifyInstance>().graphql?.pubsub;
  }
}
