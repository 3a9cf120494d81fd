import { NotificationKind } from '../notification-kind';

/**
 * Each reminder's items as SQL (parameters: $1 today, $2 the reminder days), with the columns
 * the reminder insert reads: `item_key` (the item and its period: what makes a reminder
 * idempotent), title, params, the subject ids, and whose users receive it (`donor_state`,
 * `tpcc_state`, `coordinators`). Recipients follow the items' policies: a partnership's two
 * parties, a gap's own T/PCC and the coordinators, an offer's own donor.
 */
export const REMINDER_SOURCES: Record<
  | NotificationKind.MILESTONE_DUE
  | NotificationKind.MILESTONE_OVERDUE
  | NotificationKind.GAP_WINDOW_CLOSING
  | NotificationKind.OFFER_EXPIRING,
  string
> = {
  // Once per milestone and due date.
  [NotificationKind.MILESTONE_DUE]: `
    SELECT m.id || ':' || m.due_on AS item_key, m.title,
           jsonb_build_object('dueOn', m.due_on::text, 'gapTitle', g.title) AS params,
           p.gap_id, p.offer_id, p.id AS partnership_id, m.id AS milestone_id,
           o.donor_iso3 AS donor_state, g.member_state_iso3 AS tpcc_state, false AS coordinators
      FROM partnership_milestones m
      JOIN partnerships p ON p.id = m.partnership_id
      JOIN capability_gaps g ON g.id = p.gap_id
      JOIN offers o ON o.id = p.offer_id
     WHERE m.achieved_on IS NULL AND p.status = 'ACTIVE'
       AND m.due_on BETWEEN $1::date AND $1::date + $2::int`,
  // The day after it was due, then once every 7 days while it is not achieved.
  [NotificationKind.MILESTONE_OVERDUE]: `
    SELECT m.id || ':week-' || (($1::date - m.due_on - 1) / 7) AS item_key, m.title,
           jsonb_build_object('dueOn', m.due_on::text, 'gapTitle', g.title) AS params,
           p.gap_id, p.offer_id, p.id AS partnership_id, m.id AS milestone_id,
           o.donor_iso3 AS donor_state, g.member_state_iso3 AS tpcc_state, false AS coordinators
      FROM partnership_milestones m
      JOIN partnerships p ON p.id = m.partnership_id
      JOIN capability_gaps g ON g.id = p.gap_id
      JOIN offers o ON o.id = p.offer_id
     WHERE m.achieved_on IS NULL AND p.status = 'ACTIVE' AND m.due_on < $1::date`,
  // Once per gap and window end, while open with no proposal, accepted or confirmed, at all.
  [NotificationKind.GAP_WINDOW_CLOSING]: `
    SELECT g.id || ':' || g.needed_by AS item_key, g.title,
           jsonb_build_object('neededBy', g.needed_by::text) AS params,
           g.id AS gap_id, NULL::uuid AS offer_id, NULL::uuid AS partnership_id,
           NULL::uuid AS milestone_id,
           NULL AS donor_state, g.member_state_iso3 AS tpcc_state, true AS coordinators
      FROM capability_gaps g
     WHERE g.status = 'OPEN'
       AND g.needed_by BETWEEN $1::date AND $1::date + $2::int
       AND NOT EXISTS (SELECT 1 FROM proposals p
                        WHERE p.gap_id = g.id AND p.status IN ('PROPOSED', 'ACCEPTED', 'CONFIRMED'))`,
  // Once per offer and end of availability, while published with capacity left.
  [NotificationKind.OFFER_EXPIRING]: `
    SELECT o.id || ':' || o.available_to AS item_key, o.title,
           jsonb_build_object('availableTo', o.available_to::text, 'remaining', r.remaining) AS params,
           NULL::uuid AS gap_id, o.id AS offer_id, NULL::uuid AS partnership_id,
           NULL::uuid AS milestone_id,
           o.donor_iso3 AS donor_state, NULL AS tpcc_state, false AS coordinators
      FROM offers o
     CROSS JOIN LATERAL (
           SELECT (CASE WHEN o.budget IS NULL THEN o.capacity
                        ELSE least(o.capacity, floor(o.budget / o.cost_per_unit)::int) END)
                  - o.reserved_capacity - o.confirmed_capacity AS remaining) r
     WHERE o.status IN ('OPEN', 'PARTIALLY_ALLOCATED') AND r.remaining > 0
       AND o.available_to BETWEEN $1::date AND $1::date + $2::int`,
};
