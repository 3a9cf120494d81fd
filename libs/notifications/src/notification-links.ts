import { type NoticeSubject } from './outbox/notice';

/**
 * The web app's page of a notification's item (apps/web/src/app/routes.tsx): the partnership,
 * else the proposals, the run, the gap, the offer or the pledge. E-mails prefix it with WEB_APP_URL.
 */
export function pathOf(subject: NoticeSubject): string {
  if (subject.partnershipId) return `/partnerships/${subject.partnershipId}`;
  if (subject.proposalId) return '/proposals';
  if (subject.matchRunId) return `/runs/${subject.matchRunId}`;
  if (subject.gapId) return `/gaps/${subject.gapId}`;
  if (subject.offerId) return `/offers/${subject.offerId}`;
  if (subject.pledgeId) return `/pledges/${subject.pledgeId}`;
  return '/notifications';
}
