// The read path's rows (RowSelection, batched lookups, list pages) against TypeORM's own entities:
// the properties a selection reads hold exactly what `find` gives, getters work, and a field the
// selection does not know makes it read every column.
import { AutomaticMatching, RequestLoaders } from '@app/common';
import { CapabilityGap, type CreateGapInput, GapsService } from '@app/gaps';
import { type CreateOfferInput, Offer, OffersService } from '@app/offers';
import { RequestContext } from '@app/request-context';

import { countQueries } from '../support/count-queries';
import { gapInput, offerInput } from '../support/factories';
import { startServiceTest, type ServiceTest } from '../support/service-test';

describe('read path rows (RowSelection)', () => {
  let service: ServiceTest;
  let gaps: GapsService;
  let offers: OffersService;
  const system = RequestContext.forSystem();
  const gapIds: string[] = [];
  const offerIds: string[] = [];

  beforeAll(async () => {
    service = await startServiceTest({
      providers: [
        GapsService,
        OffersService,
        { provide: AutomaticMatching, useValue: { schedule: () => Promise.resolve() } },
      ],
    });
    gaps = service.module.get(GapsService);
    offers = service.module.get(OffersService);
    for (const overrides of [
      { open: true, mission: 'MINUSCA', objective: { indicator: 'Staff trained', baseline: 2 } },
      { open: false, preferredDeliveryModes: ['MOBILE_TEAM', 'IN_COUNTRY'] },
    ]) {
      const input = gapInput(overrides) as unknown as CreateGapInput;
      gapIds.push((await gaps.create(system, input)).id);
    }
    for (const overrides of [
      { open: true, costPerUnit: 1250.5, budget: 100000.25, deliveryModes: ['MOBILE_TEAM'] },
      { open: false },
    ]) {
      const input = offerInput(overrides) as unknown as CreateOfferInput;
      offerIds.push((await offers.create(system, input)).id);
    }
  });

  afterAll(async () => {
    await service?.close();
  });

  /** The properties a read set (an entity's class declares the others, undefined). */
  const setProperties = (entity: object) =>
    Object.entries(entity)
      .filter(([, value]) => value !== undefined)
      .map(([property]) => property)
      .sort();

  /** The entity as TypeORM's `find` makes it, as a plain object of its own properties. */
  async function found<T extends object>(entity: new () => T, id: string) {
    const record = await service.dataSource.getRepository(entity).findOneByOrFail({ id } as never);
    return { ...record };
  }

  it('a lookup of every column gives what find gives, down to dates, enums, arrays and numerics', async () => {
    const loaders = new RequestLoaders();
    for (const id of gapIds) {
      const gap = await gaps.loader(loaders).load(id);
      expect(gap).toBeInstanceOf(CapabilityGap);
      expect({ ...gap }).toEqual(await found(CapabilityGap, id));
    }
    for (const id of offerIds) {
      const offer = await offers.loader(loaders).load(id);
      expect(offer).toBeInstanceOf(Offer);
      expect({ ...offer }).toEqual(await found(Offer, id));
    }
  });

  it('a lookup of some fields reads those columns (and what their getters and resolvers need) only', async () => {
    const loaders = new RequestLoaders();
    const offer = (await offers
      .loader(loaders, ['title', 'remainingCapacity', 'donor'])
      .load(offerIds[0]))!;
    const full = await found(Offer, offerIds[0]);
    expect(setProperties(offer)).toEqual(
      [
        'id',
        'title',
        'donorIso3',
        'capacity',
        'costPerUnit',
        'budget',
        'reservedCapacity',
        'confirmedCapacity',
      ].sort(),
    );
    for (const property of setProperties(offer)) {
      const value = offer[property as keyof Offer];
      expect([property, value]).toEqual([property, full[property as keyof typeof full]]);
    }
    expect(offer.remainingCapacity).toBe(Object.assign(new Offer(), full).remainingCapacity);
    const gap = (await gaps.loader(loaders, ['objective', 'mission']).load(gapIds[0]))!;
    expect(gap.objective).toEqual({ indicator: 'Staff trained', baseline: 2, target: null });
    expect(gap.missionCode).toBe('MINUSCA');
    expect(gap.title).toBeUndefined();
  });

  it('a field it does not know (a resolver added elsewhere) makes it read every column', async () => {
    const loaders = new RequestLoaders();
    const gap = (await gaps.loader(loaders, ['title', 'someNewField']).load(gapIds[1]))!;
    expect({ ...gap }).toEqual(await found(CapabilityGap, gapIds[1]));
  });

  it('a list page reads the columns asked plus its ordering; its rows and cursors match the entity path', async () => {
    const ordering = { field: 'REMAINING', direction: 'DESC' } as never;
    const slim = await gaps.list(
      system,
      { first: 10, orderBy: ordering },
      { nodeFields: ['title'], totalCount: false },
    );
    const full = await gaps.list(system, { first: 10, orderBy: ordering });
    expect(slim.edges.map((edge) => edge.cursor)).toEqual(full.edges.map((edge) => edge.cursor));
    expect(await slim.totalCount).toBe(await full.totalCount);
    const [first] = slim.edges;
    expect(setProperties(first.node)).toEqual(
      ['id', 'title', 'quantity', 'reservedQuantity', 'confirmedQuantity'].sort(),
    );
    expect({ ...full.edges[0].node }).toEqual(await found(CapabilityGap, full.edges[0].node.id));
  });

  it('a count asked with the page comes in the page statement; a page without rows counts on its own after a cursor only', async () => {
    const asked = { nodeFields: ['title'], totalCount: true };
    const [{ total }] = await service.dataSource.query<{ total: number }[]>(
      'SELECT count(*)::int AS total FROM capability_gaps',
    );
    expect(total).toBeGreaterThan(1);
    const read = (args: Parameters<GapsService['list']>[1]) =>
      countQueries(service.dataSource, async () => {
        const page = await gaps.list(system, args, asked);
        return { page, count: await page.totalCount };
      });

    const first = await read({ first: 1 });
    expect(first.result.page.edges).toHaveLength(1);
    expect(first.result.count).toBe(total);
    expect(first.queries).toHaveLength(1);

    const none = await read({ first: 5, filter: { status: ['CANCELLED'] } });
    expect(none.result.page.edges).toHaveLength(0);
    expect(none.result.count).toBe(0);
    expect(none.queries).toHaveLength(1);

    const all = await gaps.list(system, { first: total });
    const pastTheEnd = await read({ first: 5, after: all.pageInfo.endCursor! });
    expect(pastTheEnd.result.page.edges).toHaveLength(0);
    expect(pastTheEnd.result.count).toBe(total);
    expect(pastTheEnd.queries).toHaveLength(2);
  });
});
