import { NotificationKind } from '../notification-kind';

/**
 * The milestones of active partnerships not yet achieved whose due date meets `due`, each with
 * `itemKey`, for the partnership's two parties.
 */
function milestoneItems(itemKey: string, due: string): string {
  return `
    SELECT ${itemKey} AS item_key, m.title, NULL::text AS title_fr,
           jsonb_build_object('dueOn', m.due_on::text, 'gapTitle', g.title) AS params,
           p.gap_id, p.offer_id, p.id AS partnership_id, m.id AS milestone_id, NULL::uuid AS pledge_id,
           o.donor_iso3 AS donor_state, g.member_state_iso3 AS tpcc_state, false AS coordinators
      FROM partnership_milestones m
      JOIN partnerships p ON p.id = m.partnership_id
      JOIN capability_gaps g ON g.id = p.gap_id
      JOIN offers o ON o.id = p.offer_id
     WHERE m.achieved_on IS NULL AND p.status = 'ACTIVE' AND ${due}`;
}

/**
 * Each reminder's items as SQL (parameters: $1 today, $2 the reminder days, $4 the pledge update
 * interval in days), with the columns the reminder insert reads: `item_key` (the item and its
 * period: what makes a reminder idempotent), `title` (and `title_fr`, the title French readers
 * get when there is one), params, the subject ids, and whose users receive it (`donor_state`,
 * `tpcc_state`, `coordinators`). Recipients follow the items' policies: a partnership's two
 * parties, a gap's own T/PCC and the coordinators, an offer's own donor, a pledge's lead state.
 */
export const REMINDER_SOURCES: Record<
  | NotificationKind.MILESTONE_DUE
  | NotificationKind.MILESTONE_OVERDUE
  | NotificationKind.GAP_WINDOW_CLOSING
  | NotificationKind.OFFER_EXPIRING
  | NotificationKind.PLEDGE_UPDATE_DUE,
  string
> = {
  // Once per milestone and due date.
  [NotificationKind.MILESTONE_DUE]: milestoneItems(
    `m.id || ':' || m.due_on`,
    'm.due_on BETWEEN $1::date AND $1::date + $2::int',
  ),
  // The day after it was due, then once every 7 days while it is not achieved.
  [NotificationKind.MILESTONE_OVERDUE]: milestoneItems(
    `m.id || ':week-' || (($1::date - m.due_on - 1) / 7)`,
    'm.due_on < $1::date',
  ),
  // Once per gap and window end, while open with no proposal, accepted or confirmed, at all.
  [NotificationKind.GAP_WINDOW_CLOSING]: `
    SELECT g.id || ':' || g.needed_by AS item_key, g.title, NULL::text AS title_fr,
           jsonb_build_object('neededBy', g.needed_by::text) AS params,
           g.id AS gap_id, NULL::uuid AS offer_id, NULL::uuid AS partnership_id,
           NULL::uuid AS milestone_id, NULL::uuid AS pledge_id,
           NULL AS donor_state, g.member_state_iso3 AS tpcc_state, true AS coordinators
      FROM capability_gaps g
     WHERE g.status = 'OPEN'
       AND g.needed_by BETWEEN $1::date AND $1::date + $2::int
       AND NOT EXISTS (SELECT 1 FROM proposals p
                        WHERE p.gap_id = g.id AND p.status IN ('PROPOSED', 'ACCEPTED', 'CONFIRMED'))`,
  // Once per offer and end of availability, while published with capacity left.
  [NotificationKind.OFFER_EXPIRING]: `
    SELECT o.id || ':' || o.available_to AS item_key, o.title, NULL::text AS title_fr,
           jsonb_build_object('availableTo', o.available_to::text, 'remaining', r.remaining) AS params,
           NULL::uuid AS gap_id, o.id AS offer_id, NULL::uuid AS partnership_id,
           NULL::uuid AS milestone_id, NULL::uuid AS pledge_id,
           o.donor_iso3 AS donor_state, NULL AS tpcc_state, false AS coordinators
      FROM offers o
     CROSS JOIN LATERAL (
           SELECT (CASE WHEN o.budget IS NULL THEN o.capacity
                        ELSE least(o.capacity, floor(o.budget / o.cost_per_unit)::int) END)
                  - o.reserved_capacity - o.confirmed_capacity AS remaining) r
     WHERE o.status IN ('OPEN', 'PARTIALLY_ALLOCATED') AND r.remaining > 0
       AND o.available_to BETWEEN $1::date AND $1::date + $2::int`,
  // An open pledge's status is the state's report on it: an update is due every $4 days after
  // its last status change (its creation the first), the reporting periods of the pledge. Once per
  // pledge and due date, from $2 days before it (a due date already past when first scanned is
  // reminded late, once); a status change starts its periods again. The lead answers for a joint
  // pledge (docs/pledges.md), so its users are told, donors and T/PCCs: both see the pledge.
  [NotificationKind.PLEDGE_UPDATE_DUE]: `
    SELECT p.id || ':' || d.due_on AS item_key,
           coalesce(p.text_en, p.text_fr) AS title, p.text_fr AS title_fr,
           jsonb_build_object('dueOn', d.due_on::text, 'since', c.changed_on::text,
                              'status', p.status::text, 'city', m.city,
                              'year', extract(year FROM m.held_on)::int) AS params,
           NULL::uuid AS gap_id, NULL::uuid AS offer_id, NULL::uuid AS partnership_id,
           NULL::uuid AS milestone_id, p.id AS pledge_id,
           p.lead_iso3 AS donor_state, p.lead_iso3 AS tpcc_state, false AS coordinators
      FROM pledges p
      JOIN ministerials m ON m.id = p.ministerial_id
     CROSS JOIN LATERAL (SELECT (p.status_changed_at AT TIME ZONE 'UTC')::date AS changed_on) c
     CROSS JOIN LATERAL (
           SELECT c.changed_on + $4::int * (($1::date + $2::int - c.changed_on) / $4::int) AS due_on) d
     WHERE p.status IN ('ANNOUNCED', 'COMMITTED', 'IN_PROGRESS')
       AND $1::date + $2::int - c.changed_on >= $4::int`,
};
