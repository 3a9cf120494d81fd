export * from './notification-kind';
export * from './email-status';
export * from './notification.entity';
export * from './notification-preference.entity';
export * from './outbox/notice';
export * from './outbox/recipients';
export * from './outbox/record-notifications';
export * from './outbox/record-new-proposals';
