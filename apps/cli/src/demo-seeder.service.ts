import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { UsersService } from '@app/auth';
import {
  DEMO_PASSWORD,
  DEMO_USERS,
  demoFileFor,
  type DemoKind,
  readDemoGaps,
  readDemoOffers,
} from '@app/demo-data';
import { RequestContext } from '@app/request-context';
import { ImportService } from '@app/spreadsheets';

/**
 * Loads the demo gaps and offers by importing their files (libs/demo-data/data, the import
 * templates' format) through the import service, every date moved to today: all rows or none,
 * each checked as createGap/createOffer would, and rows already imported (by externalRef) skipped,
 * so it can run again.
 */
@Injectable()
export class DemoSeederService {
  private readonly logger = new Logger(DemoSeederService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: ImportService,
    private readonly users: UsersService,
  ) {}

  async seed(): Promise<{ gaps: number; offers: number; skipped: number }> {
    await this.adoptEarlierSeeds();
    const gaps = await this.importDemo('gaps');
    const offers = await this.importDemo('offers');
    const skipped = gaps.skipped + offers.skipped;
    this.logger.log(
      `Demo data: ${gaps.imported} gaps and ${offers.imported} offers added, ${skipped} already there`,
    );
    return { gaps: gaps.imported, offers: offers.imported, skipped };
  }

  private async importDemo(kind: DemoKind): Promise<{ imported: number; skipped: number }> {
    const today = new Date().toISOString().slice(0, 10);
    const file = { filename: `demo-${kind}.csv`, content: demoFileFor(kind, today) };
    const result =
      kind === 'gaps'
        ? await this.imports.importGaps(RequestContext.forSystem(), file)
        : await this.imports.importOffers(RequestContext.forSystem(), file);
    if (result.errors.length > 0) {
      const [first] = result.errors;
      throw new Error(
        `The demo ${kind} did not import (${result.errors.length} errors; line ${first.line}, ${first.column}: ${first.reason})`,
      );
    }
    return { imported: result.imported, skipped: result.skipped };
  }

  /**
   * Databases seeded before the demo data were files have its rows without their reference:
   * they are given it (matched by owner and title), so the import skips them instead of adding
   * them twice.
   */
  private async adoptEarlierSeeds(): Promise<void> {
    const seeds = [
      {
        table: 'capability_gaps',
        owner: 'member_state_iso3',
        rows: readDemoGaps().map((gap) => [gap.key, gap.memberState, gap.title]),
      },
      {
        table: 'offers',
        owner: 'donor_iso3',
        rows: readDemoOffers().map((offer) => [offer.key, offer.donor, offer.title]),
      },
    ];
    for (const { table, owner, rows } of seeds) {
      for (const row of rows) {
        await this.dataSource.query(
          `UPDATE ${table} SET external_ref = $1
            WHERE external_ref IS NULL AND ${owner} = $2 AND title = $3
              AND NOT EXISTS (SELECT 1 FROM ${table} WHERE external_ref = $1)`,
          row,
        );
      }
    }
  }

  /** One user per role (local demo only; the CLI refuses in production). */
  async seedUsers(): Promise<number> {
    let added = 0;
    for (const user of DEMO_USERS) {
      if (await this.users.findByEmail(user.email)) continue;
      await this.users.create(RequestContext.forSystem(), { ...user, password: DEMO_PASSWORD });
      added += 1;
    }
    return added;
  }
}
