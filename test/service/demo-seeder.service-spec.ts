// The demo seeder on a real database: the demo files import whole, a second seeding adds nothing,
// and rows an earlier seeder wrote without their reference are adopted instead of duplicated.
import { DemoSeederService } from '../../apps/cli/src/demo-seeder.service';
import { CliModule } from '../../apps/cli/src/cli.module';
import { DEMO_PLEDGES, DEMO_REQUIREMENTS, readDemoGaps, readDemoOffers } from '@app/demo-data';

import { sql } from '../support/generated-data';
import { startServiceTest, type ServiceTest } from '../support/service-test';

describe('DemoSeederService', () => {
  let service: ServiceTest;
  let seeder: DemoSeederService;

  beforeAll(async () => {
    service = await startServiceTest({ imports: [CliModule] });
    seeder = service.module.get(DemoSeederService);
  });

  afterAll(async () => {
    await service?.close();
  });

  async function counts() {
    const [row] = await sql<{
      gaps: number;
      offers: number;
      pledges: number;
      requirements: number;
    }>(
      service.database.url,
      `SELECT (SELECT count(*)::int FROM capability_gaps) AS gaps,
              (SELECT count(*)::int FROM offers) AS offers,
              (SELECT count(*)::int FROM pledges) AS pledges,
              (SELECT count(*)::int FROM ministerial_requirements) AS requirements`,
    );
    return row;
  }

  it('imports every demo gap and offer once; seeding again adds nothing', async () => {
    const gaps = readDemoGaps().length;
    const offers = readDemoOffers().length;
    const pledges = DEMO_PLEDGES.length;
    const requirements = DEMO_REQUIREMENTS.length;
    await expect(seeder.seed()).resolves.toEqual({
      gaps,
      offers,
      pledges,
      requirements,
      skipped: 0,
    });
    await expect(counts()).resolves.toEqual({ gaps, offers, pledges, requirements });

    await expect(seeder.seed()).resolves.toEqual({
      gaps: 0,
      offers: 0,
      pledges: 0,
      requirements: 0,
      skipped: gaps + offers + pledges + requirements,
    });
    await expect(counts()).resolves.toEqual({ gaps, offers, pledges, requirements });
  });

  it('gives each of the four Ministerials pledges, linked to demo offers and up their ladder', async () => {
    const rows = await sql<{ code: string; pledges: number; linked: number; states: string[] }>(
      service.database.url,
      `SELECT m.code, count(DISTINCT p.id)::int AS pledges, count(po.id)::int AS linked,
              array_agg(DISTINCT p.status::text ORDER BY p.status::text) AS states
         FROM ministerials m
         JOIN pledges p ON p.ministerial_id = m.id
         LEFT JOIN pledge_offers po ON po.pledge_id = p.id
        GROUP BY m.code, m.held_on ORDER BY m.held_on`,
    );
    expect(rows).toEqual([
      { code: 'NEW_YORK_2019', pledges: 2, linked: 2, states: ['COMMITTED', 'IN_PROGRESS'] },
      { code: 'SEOUL_2021', pledges: 2, linked: 3, states: ['COMMITTED', 'IN_PROGRESS'] },
      { code: 'ACCRA_2023', pledges: 2, linked: 2, states: ['ANNOUNCED', 'COMMITTED'] },
      { code: 'BERLIN_2025', pledges: 2, linked: 1, states: ['ANNOUNCED'] },
    ]);
    // Every link is to an offer of one of the pledge's states.
    const [foreign] = await sql<{ count: number }>(
      service.database.url,
      `SELECT count(*)::int AS count FROM pledge_offers po
         JOIN pledges p ON p.id = po.pledge_id JOIN offers o ON o.id = po.offer_id
        WHERE o.donor_iso3 <> p.lead_iso3 AND NOT o.donor_iso3 = ANY (p.member_iso3s)`,
    );
    expect(foreign.count).toBe(0);
    // The ladder is climbed one dated rung at a time: USA's 2019 pledge has three entries.
    const [history] = await sql<{ steps: string[] }>(
      service.database.url,
      `SELECT array_agg(c.to_status::text ORDER BY c.changed_at) AS steps
         FROM pledge_status_changes c JOIN pledges p ON p.id = c.pledge_id
        WHERE p.lead_iso3 = 'USA'`,
    );
    expect(history.steps).toEqual(['ANNOUNCED', 'COMMITTED', 'IN_PROGRESS']);
  });

  it('adopts rows an earlier seeder wrote without their reference instead of adding them again', async () => {
    const before = await counts();
    await sql(service.database.url, 'UPDATE capability_gaps SET external_ref = NULL');
    await sql(service.database.url, 'UPDATE offers SET external_ref = NULL');

    await seeder.seed();

    await expect(counts()).resolves.toEqual(before);
    const [unreferenced] = await sql<{ count: number }>(
      service.database.url,
      `SELECT (SELECT count(*) FROM capability_gaps WHERE external_ref IS NULL)
            + (SELECT count(*) FROM offers WHERE external_ref IS NULL) AS count`,
    );
    expect(Number(unreferenced.count)).toBe(0);
  });
});
