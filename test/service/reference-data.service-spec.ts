// The reference tables kept in memory, on a real database: a request reads them at the version
// its token check read (no statement of their own), sees a change at its next request, and looks
// a code up again when the version it holds predates the row.
import { TypeOrmModule } from '@nestjs/typeorm';

import { RequestLoaders } from '@app/common';
import {
  MemberState,
  Mission,
  REFERENCE_VERSION_SQL,
  ReferenceDataService,
} from '@app/reference-data';

import { countQueries } from '../support/count-queries';
import { startServiceTest, type ServiceTest } from '../support/service-test';

describe('ReferenceDataService', () => {
  let service: ServiceTest;
  let referenceData: ReferenceDataService;

  const version = async () =>
    (
      await service.dataSource.query<{ version: string }[]>(
        `SELECT ${REFERENCE_VERSION_SQL} AS version`,
      )
    )[0].version;

  beforeAll(async () => {
    service = await startServiceTest({
      imports: [TypeOrmModule.forFeature([MemberState, Mission])],
      providers: [ReferenceDataService],
    });
    referenceData = service.module.get(ReferenceDataService);
  });

  afterAll(() => service.close());

  afterEach(() => service.dataSource.query(`DELETE FROM member_states WHERE iso3 = 'ZZZ'`));

  it('reads no statement for a request that knows the current version', async () => {
    await referenceData.memberStateOf(new RequestLoaders(), 'RWA'); // kept in memory
    const loaders = new RequestLoaders();
    referenceData.useVersion(loaders, await version());
    const { result, queries } = await countQueries(service.dataSource, () =>
      Promise.all([
        referenceData.memberStateOf(loaders, 'RWA'),
        referenceData.missionOf(loaders, 'MINUSCA'),
      ]),
    );
    expect(result.map((row) => row?.name)).toEqual(['Rwanda', expect.any(String)]);
    expect(queries).toHaveLength(0);
    // Once the request has its tables, a lookup answers at once (a page's donors), not a promise.
    expect(referenceData.memberStateOf(loaders, 'SEN')).toMatchObject({ iso3: 'SEN' });
    expect(referenceData.missionOf(loaders, 'MINUSCA')).toMatchObject({ code: 'MINUSCA' });
  });

  it('reads the version itself for a request that does not know it (signed out)', async () => {
    const { result, queries } = await countQueries(service.dataSource, async () =>
      referenceData.memberStateOf(new RequestLoaders(), 'RWA'),
    );
    expect(result?.iso3).toBe('RWA');
    expect(queries).toHaveLength(1);
  });

  it('shows a changed row at the next request, at its new version', async () => {
    const before = await version();
    await service.dataSource.query(
      `UPDATE member_states SET name = 'Rwanda (renamed)' WHERE iso3 = 'RWA'`,
    );
    try {
      const loaders = new RequestLoaders();
      referenceData.useVersion(loaders, await version());
      expect(await version()).not.toBe(before);
      expect((await referenceData.memberStateOf(loaders, 'RWA'))?.name).toBe('Rwanda (renamed)');
    } finally {
      await service.dataSource.query(`UPDATE member_states SET name = 'Rwanda' WHERE iso3 = 'RWA'`);
    }
  });

  it('looks up a code added after the version the request holds, rather than answer null', async () => {
    const old = await version();
    await referenceData.memberStateOf(new RequestLoaders(), 'RWA'); // kept at `old`
    await service.dataSource.query(
      `INSERT INTO member_states (iso3, iso2, m49, name, official_name, region_code, region_name,
         sub_region_code, sub_region_name, languages)
       SELECT 'ZZZ', 'ZZ', '999', 'Zedland', 'Republic of Zedland', region_code, region_name,
         sub_region_code, sub_region_name, languages FROM member_states WHERE iso3 = 'RWA'`,
    );
    const loaders = new RequestLoaders();
    referenceData.useVersion(loaders, old); // read before the row was added
    expect((await referenceData.memberStateOf(loaders, 'ZZZ'))?.name).toBe('Zedland');
    expect(await referenceData.memberStateOf(new RequestLoaders(), 'XXX')).toBeNull();
  });
});
