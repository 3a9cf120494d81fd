import { Injectable } from '@nestjs/common';

import { match } from '@app/matching';
import { OffersService } from '@app/offers';

import { type WhatIfInput } from './dto/what-if.input';
import { MatchEngine } from './match-engine';
import { MatchInstanceLoader, toMatchOffer } from './match-instance.loader';
import { checkedWeights } from './match-weights';
import { type WhatIfResult } from './what-if-result.model';

const HYPOTHETICAL_PREFIX = 'hypothetical-';

/** Runs the engine on the current data (plus offers being considered) without writing anything. */
@Injectable()
export class WhatIfService {
  constructor(
    private readonly loader: MatchInstanceLoader,
    private readonly offers: OffersService,
    private readonly engine: MatchEngine,
  ) {}

  async run(input: WhatIfInput): Promise<WhatIfResult> {
    const weights = checkedWeights(input.weights);
    const hypothetical = await Promise.all(
      (input.offers ?? []).map(async (offer, index) => {
        const checked = await this.offers.checkHypothetical(
          { ...offer, open: true },
          `input.offers[${index}]`,
        );
        return { ...toMatchOffer(checked), id: `${HYPOTHETICAL_PREFIX}${index + 1}` };
      }),
    );
    const instance = await this.loader.load(weights);
    instance.offers.push(...hypothetical);
    const result = await match(instance, { includeCandidates: false, pool: this.engine.pool });
    return {
      allocations: result.allocations.map((allocation) => ({
        ...allocation,
        hypothetical: allocation.offerId.startsWith(HYPOTHETICAL_PREFIX),
      })),
      unmet: result.unmet,
      objective: result.objective,
      covered: result.covered,
      demand: result.stats.demand,
      coverage: result.stats.demand === 0 ? 1 : result.covered / result.stats.demand,
      gaps: result.stats.gaps,
      offers: result.stats.offers,
      candidatePairs: result.stats.candidatePairs,
    };
  }
}
