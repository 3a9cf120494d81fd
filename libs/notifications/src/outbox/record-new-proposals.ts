import { Role } from '@app/domain';
import { type TransactionContext } from '@app/request-context';

import { NotificationKind } from '../notification-kind';

/**
 * PROPOSAL_NEW for the proposals a match run is writing (call it in the run's write transaction,
 * after its proposals are inserted and before older ones are superseded): the gap's T/PCC users
 * and the offer's donor users, for each pairing that had no open proposal before this run. A
 * run proposing again what an earlier run proposed (every automatic run does) tells no one again.
 * One statement for the whole run (a run may write thousands of proposals).
 */
export async function recordNewProposals(ctx: TransactionContext, runId: string): Promise<number> {
  const rows = await ctx.manager.query<unknown[]>(
    `INSERT INTO notifications
       (recipient_user_id, kind, language, idempotency_key, title, params,
        gap_id, offer_id, proposal_id, match_run_id)
     SELECT u.id, $2::notification_kind, coalesce(u.preferred_language, 'en'),
            $2 || ':' || p.id || ':' || u.id, g.title,
            jsonb_build_object('offerTitle', o.title, 'quantity', p.quantity,
                               'tpcc', g.member_state_iso3, 'donor', o.donor_iso3),
            p.gap_id, p.offer_id, p.id, p.run_id
       FROM proposals p
       JOIN capability_gaps g ON g.id = p.gap_id
       JOIN offers o ON o.id = p.offer_id
       JOIN users u ON NOT u.disabled
                   AND ((u.role = '${Role.TPCC}' AND u.member_state_iso3 = g.member_state_iso3)
                     OR (u.role = '${Role.DONOR}' AND u.member_state_iso3 = o.donor_iso3))
      WHERE p.run_id = $1
        AND NOT EXISTS (
              SELECT 1 FROM proposals earlier
               WHERE earlier.gap_id = p.gap_id AND earlier.offer_id = p.offer_id
                 AND earlier.run_id <> p.run_id
                 AND earlier.status IN ('PROPOSED', 'ACCEPTED'))
     ON CONFLICT (idempotency_key) DO NOTHING
     RETURNING id`,
    [runId, NotificationKind.PROPOSAL_NEW],
  );
  return rows.length;
}
