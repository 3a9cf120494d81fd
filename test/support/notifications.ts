import { type TestApi } from './test-api';
import { testEmail, type TestIdentity } from './test-users';

export interface NotificationRow {
  id: string;
  kind: string;
  email: string;
  language: string;
  idempotency_key: string;
  email_status: string;
  email_message_id: string | null;
}

/** Every notification in the database, with its recipient's e-mail, oldest first. */
export function notificationRows(api: TestApi): Promise<NotificationRow[]> {
  return api.dataSource.query<NotificationRow[]>(
    `SELECT n.id, n.kind, u.email, n.language, n.idempotency_key, n.email_status, n.email_message_id
       FROM notifications n JOIN users u ON u.id = n.recipient_user_id
      ORDER BY n.created_at, u.email`,
  );
}

/** Who received notifications of `kind` (test identities' e-mails), sorted. */
export async function recipientsOf(api: TestApi, kind: string): Promise<string[]> {
  return (await notificationRows(api))
    .filter((row) => row.kind === kind)
    .map((row) => row.email)
    .sort();
}

export const emails = (...identities: TestIdentity[]): string[] =>
  identities.map((identity) => testEmail(identity)).sort();

/** A proposal of `quantity` units in a finished run of its own, as a run would have written it. */
export async function proposalInNewRun(
  api: TestApi,
  gapId: string,
  offerId: string,
  quantity = 5,
): Promise<string> {
  const [{ id: runId }] = await api.dataSource.query<{ id: string }[]>(
    `INSERT INTO match_runs (requested_by, status) VALUES ('test', 'SUCCEEDED') RETURNING id`,
  );
  const [{ id }] = await api.dataSource.query<{ id: string }[]>(
    `INSERT INTO proposals (run_id, gap_id, offer_id, quantity, score, breakdown, explanation)
     VALUES ($1, $2, $3, $4, 0.5, '{}', 'test') RETURNING id`,
    [runId, gapId, offerId, quantity],
  );
  return id;
}
