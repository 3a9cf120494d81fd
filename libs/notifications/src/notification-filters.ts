import { Field, InputType } from '@nestjs/graphql';
import { IsArray, IsBoolean, IsEnum, IsOptional } from 'class-validator';

import { NotificationKind } from './notification-kind';

/** `notifications(filter:)`: fields combine with AND. */
@InputType({ description: 'Which of your notifications to list' })
export class NotificationFilter {
  @Field(() => [NotificationKind], { nullable: true, description: 'Only these kinds' })
  @IsOptional()
  @IsArray()
  @IsEnum(NotificationKind, { each: true })
  kinds?: NotificationKind[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only unread; false: only read' })
  @IsOptional()
  @IsBoolean()
  unread?: boolean | null;
}
