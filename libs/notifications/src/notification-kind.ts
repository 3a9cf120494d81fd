import { registerEnumType } from '@nestjs/graphql';

/**
 * What a notification is about. Who receives each kind (docs/notifications.md) follows who may see
 * its item: never a user the item's policy hides it from, never a disabled user, never the user
 * whose action caused it.
 */
export enum NotificationKind {
  /** A match run proposed a new pairing: the gap's T/PCC users and the offer's donor users. */
  PROPOSAL_NEW = 'PROPOSAL_NEW',
  /** One side accepted a proposal: the users of both parties. */
  PROPOSAL_ACCEPTED = 'PROPOSAL_ACCEPTED',
  /** One side declined a proposal: the users of both parties. */
  PROPOSAL_DECLINED = 'PROPOSAL_DECLINED',
  /** Both sides accepted: the partnership's two parties' users. */
  PARTNERSHIP_CONFIRMED = 'PARTNERSHIP_CONFIRMED',
  /** A delivery was recorded on a partnership: its two parties' users. */
  DELIVERY_RECORDED = 'DELIVERY_RECORDED',
  /** A milestone not yet achieved is due within NOTIFICATION_REMINDER_DAYS: both parties' users. */
  MILESTONE_DUE = 'MILESTONE_DUE',
  /** A milestone is past its due date, not achieved: both parties' users, once a week. */
  MILESTONE_OVERDUE = 'MILESTONE_OVERDUE',
  /** An open gap's window closes within the reminder days with nothing proposed: its T/PCC users and coordinators. */
  GAP_WINDOW_CLOSING = 'GAP_WINDOW_CLOSING',
  /** An open offer with capacity left becomes unavailable within the reminder days: its donor's users. */
  OFFER_EXPIRING = 'OFFER_EXPIRING',
  /**
   * An open pledge's status update is due within the reminder days, or overdue (its last status
   * change is PLEDGE_UPDATE_INTERVAL_DAYS old): the lead state's donor and T/PCC users, once per
   * pledge and reporting period.
   */
  PLEDGE_UPDATE_DUE = 'PLEDGE_UPDATE_DUE',
  /** A match run failed for good: the coordinators. */
  MATCH_RUN_FAILED = 'MATCH_RUN_FAILED',
  /** Someone mentioned the user in a comment (mentions are checked: the user may see the item). */
  COMMENT_MENTION = 'COMMENT_MENTION',
}

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about (docs/notifications.md lists who receives each)',
});

export const ALL_NOTIFICATION_KINDS: readonly NotificationKind[] = Object.values(NotificationKind);
