import { Module } from '@nestjs/common';

import { NotificationEventsService } from './notification-events.service';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** The API side: the inbox, preferences and the `notificationAdded` subscription. */
@Module({
  providers: [NotificationsService, NotificationsResolver, NotificationEventsService],
})
export class NotificationsModule {}
