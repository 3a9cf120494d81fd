import { ArgsType } from '@nestjs/graphql';

import { ListArgs } from '@app/common';

import { NotificationFilter } from '../notification-filters';
import { NOTIFICATION_ORDERING } from '../notification-ordering';

@ArgsType()
export class NotificationsArgs extends ListArgs(NOTIFICATION_ORDERING, NotificationFilter) {}
