import { Field, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';

import { NotificationDelivery } from '../email-status';
import { NotificationKind } from '../notification-kind';

@InputType()
export class SetNotificationPreferenceInput {
  @Field(() => NotificationKind)
  @IsEnum(NotificationKind)
  kind: NotificationKind;

  @Field(() => NotificationDelivery)
  @IsEnum(NotificationDelivery)
  delivery: NotificationDelivery;
}
