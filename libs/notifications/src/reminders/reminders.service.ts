import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AppConfig } from '@app/config';
import { Role } from '@app/domain';

import { REMINDER_SOURCES } from './reminder-sources';

/** Today in UTC, YYYY-MM-DD. */
export function utcToday(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The reminder scan (a BullMQ job scheduler runs it; see NotificationsRelay): one statement per
 * reminder kind writes a notification per item, period and recipient. Idempotent: a key already
 * written writes nothing, so a scan run twice, or by two workers at once, reminds once.
 */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger(RemindersService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async scan(today = utcToday()): Promise<Record<string, number>> {
    const written: Record<string, number> = {};
    for (const [kind, source] of Object.entries(REMINDER_SOURCES)) {
      const rows = await this.dataSource.query<unknown[]>(
        `INSERT INTO notifications
           (recipient_user_id, kind, language, idempotency_key, title, params,
            gap_id, offer_id, partnership_id, milestone_id, pledge_id)
         SELECT u.id, $3::notification_kind, l.language,
                $3::text || ':' || s.item_key || ':' || u.id,
                CASE WHEN l.language = 'fr' THEN coalesce(s.title_fr, s.title) ELSE s.title END,
                s.params, s.gap_id, s.offer_id, s.partnership_id, s.milestone_id, s.pledge_id
           FROM (${source}) s
           JOIN users u ON NOT u.disabled
                       AND ((u.role = '${Role.DONOR}' AND u.member_state_iso3 = s.donor_state)
                         OR (u.role = '${Role.TPCC}' AND u.member_state_iso3 = s.tpcc_state)
                         OR (s.coordinators AND u.role = '${Role.COORDINATOR}'))
          CROSS JOIN LATERAL (SELECT coalesce(u.preferred_language, 'en') AS language) l
          -- Typed here too: a source that does not use the days or the interval leaves them
          -- untyped otherwise.
          WHERE $2::int > 0 AND $4::int > 0
         ON CONFLICT (idempotency_key) DO NOTHING
         RETURNING id`,
        [today, this.config.notificationReminderDays, kind, this.config.pledgeUpdateIntervalDays],
      );
      written[kind] = rows.length;
    }
    this.logger.log(`Reminders as of ${today}: ${JSON.stringify(written)}`);
    return written;
  }
}
