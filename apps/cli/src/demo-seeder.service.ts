import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { validateInput } from '@app/common';
import { DEMO_GAPS, DEMO_OFFERS } from '@app/demo-data';
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
  ) {}

  async seed(): Promise<{ gaps: number; offers: number; skipped: number }> {
    let gaps = 0;
    let offers = 0;
    let skipped = 0;
    for (const demo of DEMO_GAPS) {
      const exists = await this.dataSource
        .getRepository(CapabilityGap)
        .existsBy({ memberStateIso3: demo.memberState, title: demo.title });
      if (exists) {
        skipped += 1;
        continue;
      }
      const { key: _key, neededFromDays, neededByDays, ...fields } = demo;
      const input = await validateInput(CreateGapInput, {
        ...fields,
        neededFrom: isoDay(neededFromDays),
        neededBy: isoDay(neededByDays),
      });
      await this.gaps.create(input);
      gaps += 1;
    }
    for (const demo of DEMO_OFFERS) {
      const exists = await this.dataSource
        .getRepository(Offer)
        .existsBy({ donorIso3: demo.donor, title: demo.title });
      if (exists) {
        skipped += 1;
        continue;
      }
      const { key: _key, availableFromDays, availableToDays, ...fields } = demo;
      const input = await validateInput(CreateOfferInput, {
        ...fields,
        availableFrom: isoDay(availableFromDays),
        availableTo: isoDay(availableToDays),
      });
      await this.offers.create(input);
      offers += 1;
    }
    this.logger.log(`Demo data: ${gaps} gaps and ${offers} offers added, ${skipped} already there`);
    return { gaps, offers, skipped };
  }
}
