import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { UsersService } from '@app/auth';
import { PLEDGE_STATUS_MACHINE, PledgeStatus } from '@app/domain';
import {
  DEMO_PASSWORD,
  DEMO_PLEDGES,
  DEMO_REQUIREMENTS,
  DEMO_USERS,
  demoFileFor,
  type DemoKind,
  readDemoGaps,
  readDemoOffers,
} from '@app/demo-data';
import { Ministerial, MinisterialRequirement, Pledge, PledgesService } from '@app/pledges';
import { RequestContext } from '@app/request-context';
import { ImportService } from '@app/spreadsheets';

/**
 * Loads the demo gaps and offers by importing their files (libs/demo-data/data, the import
 * templates' format) through the import service, every date moved to today: all rows or none,
 * each checked as createGap/createOffer would, and rows already imported (by externalRef) skipped,
 * so it can run again. Then the demo pledges (libs/demo-data/src/demo-pledges.ts) through the
 * pledge service, linked to the demo offers and taken up their ladder, and Berlin's illustrative
 * requirement list; a pledge (Ministerial, lead, English text) or requirement line (Ministerial,
 * category, capability) already there is skipped.
 */
@Injectable()
export class DemoSeederService {
  private readonly logger = new Logger(DemoSeederService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly imports: ImportService,
    private readonly users: UsersService,
    private readonly pledges: PledgesService,
  ) {}

  async seed(): Promise<{
    gaps: number;
    offers: number;
    pledges: number;
    requirements: number;
    skipped: number;
  }> {
    await this.adoptEarlierSeeds();
    const gaps = await this.importDemo('gaps');
    const offers = await this.importDemo('offers');
    const pledges = await this.seedPledges();
    const requirements = await this.seedRequirements();
    const skipped = gaps.skipped + offers.skipped + pledges.skipped + requirements.skipped;
    this.logger.log(
      `Demo data: ${gaps.imported} gaps, ${offers.imported} offers, ${pledges.added} pledges and ` +
        `${requirements.added} requirement lines added, ${skipped} already there`,
    );
    return {
      gaps: gaps.imported,
      offers: offers.imported,
      pledges: pledges.added,
      requirements: requirements.added,
      skipped,
    };
  }

  private async ministerialId(code: string): Promise<string> {
    const ministerial = await this.dataSource.getRepository(Ministerial).findOneBy({ code });
    if (!ministerial) throw new Error(`Ministerial ${code} is not loaded: run npm run db:setup`);
    return ministerial.id;
  }

  /** Each demo pledge once: created, linked, then up its ladder a rung at a time, with reasons. */
  private async seedPledges(): Promise<{ added: number; skipped: number }> {
    const ctx = RequestContext.forSystem();
    let added = 0;
    for (const demo of DEMO_PLEDGES) {
      const ministerialId = await this.ministerialId(demo.ministerial);
      const exists = await this.dataSource
        .getRepository(Pledge)
        .existsBy({ ministerialId, leadIso3: demo.lead, textEn: demo.textEn });
      if (exists) continue;
      const pledge = await this.pledges.create(ctx, {
        ministerialId,
        lead: demo.lead,
        members: demo.members,
        kind: demo.kind,
        category: demo.category,
        capability: demo.capability,
        textEn: demo.textEn,
        textFr: demo.textFr,
        quantity: demo.quantity,
        unit: demo.unit,
      });
      for (const ref of demo.offers) {
        const [offer] = await this.dataSource.query<{ id: string }[]>(
          'SELECT id FROM offers WHERE external_ref = $1',
          [ref],
        );
        if (!offer) throw new Error(`Demo pledge: no demo offer ${ref}`);
        await this.pledges.linkOffer(ctx, { pledgeId: pledge.id, offerId: offer.id });
      }
      for (const status of ladderTo(demo.status)) {
        await this.pledges.changeStatus(ctx, {
          id: pledge.id,
          status,
          reason: `Demo data: illustrative pledge, ${status.toLowerCase().replace(/_/g, ' ')}`,
        });
      }
      added += 1;
    }
    return { added, skipped: DEMO_PLEDGES.length - added };
  }

  private async seedRequirements(): Promise<{ added: number; skipped: number }> {
    const ctx = RequestContext.forSystem();
    let added = 0;
    for (const line of DEMO_REQUIREMENTS) {
      const ministerialId = await this.ministerialId(line.ministerial);
      const exists = await this.dataSource
        .getRepository(MinisterialRequirement)
        .existsBy({ ministerialId, category: line.category, capability: line.capability });
      if (exists) continue;
      await this.pledges.addRequirement(ctx, {
        ministerialId,
        category: line.category,
        capability: line.capability,
        quantity: line.quantity,
        unit: line.unit,
      });
      added += 1;
    }
    return { added, skipped: DEMO_REQUIREMENTS.length - added };
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

/** The rungs from ANNOUNCED up to `target` (the first forward step of each, never WITHDRAWN). */
function ladderTo(target: PledgeStatus): PledgeStatus[] {
  const steps: PledgeStatus[] = [];
  let current = PledgeStatus.ANNOUNCED;
  while (current !== target) {
    const next: PledgeStatus | undefined = PLEDGE_STATUS_MACHINE[current].find(
      (s) => s !== PledgeStatus.WITHDRAWN,
    );
    if (!next) {
      throw new Error(`Demo pledge: ${target} is not reachable from ANNOUNCED`);
    }
    steps.push(next);
    current = next;
  }
  return steps;
}
