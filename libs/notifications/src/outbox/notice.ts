import { type NotificationParams } from '../notification.entity';
import { type NotificationKind } from '../notification-kind';
import { type Recipients } from './recipients';

/** The item a notice is about (the ids its link and its inbox entry need). */
export interface NoticeSubject {
  gapId?: string | null;
  offerId?: string | null;
  proposalId?: string | null;
  partnershipId?: string | null;
  milestoneId?: string | null;
  matchRunId?: string | null;
  commentId?: string | null;
  pledgeId?: string | null;
}

/** One event to tell its recipients about: one notification row per recipient. */
export interface Notice {
  kind: NotificationKind;
  /**
   * What happened to which item (and, for reminders, in which period), e.g.
   * `PROPOSAL_ACCEPTED:<proposal>:DONOR`; the recipient's id is appended. The same key never
   * notifies the same user twice, however often the code that records it runs.
   */
  key: string;
  recipients: Recipients;
  subject: NoticeSubject;
  title: string;
  params?: NotificationParams;
}

export const SUBJECT_COLUMNS = [
  ['gapId', 'gap_id'],
  ['offerId', 'offer_id'],
  ['proposalId', 'proposal_id'],
  ['partnershipId', 'partnership_id'],
  ['milestoneId', 'milestone_id'],
  ['matchRunId', 'match_run_id'],
  ['commentId', 'comment_id'],
  ['pledgeId', 'pledge_id'],
] as const;
