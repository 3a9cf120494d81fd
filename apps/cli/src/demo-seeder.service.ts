import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { UsersService } from '@app/auth';
import { validateInput } from '@app/common';
import { DEMO_GAPS, DEMO_OFFERS, DEMO_PASSWORD, DEMO_USERS } from '@app/demo-data';
import { CapabilityGap, CreateGapInput, GapsService } from '@app/gaps';
import { CreateOfferInput, Offer, OffersService } from '@app/offers';

function isoDay(offsetDays: number, today = new Date()): string {
  const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  day.setUTCDate(day.getUTCDate() + offsetDays);
  return day.toISOString().slice(0, 10);
}

/**
 * Loads the demo gaps and offers through the same validated services as the API, with dates
 * relative to today. Items already present (same owner and title) are skipped, so it can run again.
 */
@Injectable()
export class DemoSeederService {
  private readonly logger = new Logger(DemoSeederService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly gaps: GapsService,
    private readonly offers: OffersService,
    private readonly users: UsersService,
  ) {}

  async seed(): Promise<{ gaps: number; offers: number; skipped: number }> {
    const gaps = await this.seedEach(
      DEMO_GAPS,
      (demo) =>
        this.dataSource
          .getRepository(CapabilityGap)
          .existsBy({ memberStateIso3: demo.memberState, title: demo.title }),
      async ({ key: _key, neededFromDays, neededByDays, ...fields }) =>
        this.gaps.create(
          await validateInput(CreateGapInput, {
            ...fields,
            neededFrom: isoDay(neededFromDays),
            neededBy: isoDay(neededByDays),
          }),
        ),
    );
    const offers = await this.seedEach(
      DEMO_OFFERS,
      (demo) =>
        this.dataSource.getRepository(Offer).existsBy({ donorIso3: demo.donor, title: demo.title }),
      async ({ key: _key, availableFromDays, availableToDays, ...fields }) =>
        this.offers.create(
          await validateInput(CreateOfferInput, {
            ...fields,
            availableFrom: isoDay(availableFromDays),
            availableTo: isoDay(availableToDays),
          }),
        ),
    );
    const skipped = gaps.skipped + offers.skipped;
    this.logger.log(
      `Demo data: ${gaps.added} gaps and ${offers.added} offers added, ${skipped} already there`,
    );
    return { gaps: gaps.added, offers: offers.added, skipped };
  }

  /** One user per role (local demo only; the CLI refuses in production). */
  async seedUsers(): Promise<number> {
    const { added } = await this.seedEach(
      DEMO_USERS,
      async (user) => (await this.users.findByEmail(user.email)) !== null,
      (user) => this.users.create({ ...user, password: DEMO_PASSWORD }),
    );
    return added;
  }

  /** Creates each item that is not there yet, through the validated service. */
  private async seedEach<T>(
    items: readonly T[],
    exists: (item: T) => Promise<boolean>,
    create: (item: T) => Promise<unknown>,
  ): Promise<{ added: number; skipped: number }> {
    let added = 0;
    for (const item of items) {
      if (await exists(item)) continue;
      await create(item);
      added += 1;
    }
    return { added, skipped: items.length - added };
  }
}
