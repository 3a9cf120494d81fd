import { type EntityManager } from 'typeorm';

import { type TransactionContext } from '@app/request-context';

import { type Notice, SUBJECT_COLUMNS } from './notice';
import { recipientCondition } from './recipients';

/**
 * Writes one notification per recipient of each notice, in the caller's transaction (`ctx` is
 * bound to it): they commit with the change that caused them, or not at all. A key already
 * written (a retried job, a reminder scan run twice) writes nothing. Raw SQL, so the audit
 * subscriber does not record them as the mutation's changes. Returns how many were written.
 */
export async function recordNotifications(
  ctx: TransactionContext,
  notices: readonly Notice[],
): Promise<number> {
  let written = 0;
  // One statement at a time: a transaction's connection runs one at a time.
  for (const notice of notices) written += await insertNotice(ctx.manager, notice);
  return written;
}

async function insertNotice(manager: EntityManager, notice: Notice): Promise<number> {
  const subject = SUBJECT_COLUMNS.map(([field]) => notice.subject[field] ?? null);
  const fixed = [notice.kind, `${notice.key}:`, notice.title, JSON.stringify(notice.params ?? {})];
  const first = fixed.length + subject.length + 1;
  const { sql: condition, params } = recipientCondition(notice.recipients, first);
  if (condition === 'false') return 0;
  const subjectParams = subject.map((_, index) => `$${fixed.length + index + 1}::uuid`);
  const rows = await manager.query<unknown[]>(
    `INSERT INTO notifications
       (recipient_user_id, kind, language, idempotency_key, title, params,
        ${SUBJECT_COLUMNS.map(([, column]) => column).join(', ')})
     SELECT u.id, $1::notification_kind, coalesce(u.preferred_language, 'en'), $2 || u.id, $3, $4::jsonb,
            ${subjectParams.join(', ')}
       FROM users u
      WHERE ${condition}
     ON CONFLICT (idempotency_key) DO NOTHING
     RETURNING id`,
    [...fixed, ...subject, ...params],
  );
  return rows.length;
}
