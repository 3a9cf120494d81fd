import { PledgeStatus } from '@app/domain';

/** Pledge statuses the states have confirmed (COMMITTED and beyond, not withdrawn). */
export const CONFIRMED_PLEDGE_STATUSES = [
  PledgeStatus.COMMITTED,
  PledgeStatus.IN_PROGRESS,
  PledgeStatus.FULFILLED,
];

/**
 * Each pledge of `pledgeAlias` with `delivered`: the units the partnerships of its linked offers
 * delivered in its unit, at most its quantity (null for a pledge without one), as its
 * `fulfilment` counts them, leaving out partnerships of an offer or gap still in DRAFT (none
 * should have any; the public summary must show nothing in draft, so it is said here).
 */
export function deliveredSql(pledgeAlias: string): string {
  return `CASE WHEN ${pledgeAlias}.quantity IS NULL THEN NULL ELSE LEAST(${pledgeAlias}.quantity, (
      SELECT coalesce(sum(partnership.delivered_quantity), 0)
        FROM pledge_offers link
        JOIN offers offer ON offer.id = link.offer_id
        JOIN partnerships partnership ON partnership.offer_id = link.offer_id
        JOIN capability_gaps gap ON gap.id = partnership.gap_id
       WHERE link.pledge_id = ${pledgeAlias}.id AND offer.unit = ${pledgeAlias}.unit
         AND offer.status <> 'DRAFT' AND gap.status <> 'DRAFT'))::int END`;
}

/** 100 · part / whole, one decimal; null without a whole. */
export const percentSql = (part: string, whole: string): string =>
  `round(100.0 * (${part}) / NULLIF(${whole}, 0), 1)::float8`;
