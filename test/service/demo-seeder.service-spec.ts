// The demo seeder on a real database: the demo files import whole, a second seeding adds nothing,
// and rows an earlier seeder wrote without their reference are adopted instead of duplicated.
import { DemoSeederService } from '../../apps/cli/src/demo-seeder.service';
import { CliModule } from '../../apps/cli/src/cli.module';
import { readDemoGaps, readDemoOffers } from '@app/demo-data';

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
    const [row] = await sql<{ gaps: number; offers: number }>(
      service.database.url,
      `SELECT (SELECT count(*)::int FROM capability_gaps) AS gaps,
              (SELECT count(*)::int FROM offers) AS offers`,
    );
    return row;
  }

  it('imports every demo gap and offer once; seeding again adds nothing', async () => {
    const gaps = readDemoGaps().length;
    const offers = readDemoOffers().length;
    await expect(seeder.seed()).resolves.toEqual({ gaps, offers, skipped: 0 });
    await expect(counts()).resolves.toEqual({ gaps, offers });

    await expect(seeder.seed()).resolves.toEqual({ gaps: 0, offers: 0, skipped: gaps + offers });
    await expect(counts()).resolves.toEqual({ gaps, offers });
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
