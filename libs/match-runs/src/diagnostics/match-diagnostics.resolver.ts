import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLResolveInfo } from 'graphql';

import { Authorize } from '@app/access';
import { type GraphQLRequestContext, selectedFields } from '@app/common';
import { Offer, OffersService } from '@app/offers';
import { Ctx, type RequestContext } from '@app/request-context';

import { MatchDiagnosticsArgs } from './match-diagnostics.args';
import { MatchDiagnostics, OfferVerdict } from './models';
import { MatchDiagnosticsPolicy } from './match-diagnostics.policy';
import { MatchDiagnosticsService } from './match-diagnostics.service';

@Resolver(() => MatchDiagnostics)
export class MatchDiagnosticsResolver {
  constructor(private readonly diagnostics: MatchDiagnosticsService) {}

  @Authorize(MatchDiagnosticsPolicy.read)
  @Query(() => MatchDiagnostics, {
    nullable: true,
    description:
      'Why a gap (gapId) or an offer (offerId) got what it got in the latest successful run: give exactly one. A T/PCC asks about its own gaps, a donor about its own offers; null if missing or not yours to see',
  })
  matchDiagnostics(
    @Ctx() ctx: RequestContext,
    @Args() args: MatchDiagnosticsArgs,
  ): Promise<MatchDiagnostics | null> {
    return this.diagnostics.diagnose(ctx, args);
  }
}

@Resolver(() => OfferVerdict)
export class OfferVerdictResolver {
  constructor(private readonly offers: OffersService) {}

  // As the other field resolvers: (parent, args, context), no parameter decorators.
  @ResolveField(() => Offer, {
    nullable: true,
    description: 'The offer (its languages, eligible areas and window fill in the rule)',
  })
  offer(
    verdict: OfferVerdict,
    _args: unknown,
    context: GraphQLRequestContext,
    info?: GraphQLResolveInfo,
  ): Promise<Offer | null> {
    return this.offers.loader(context.dataLoaders, selectedFields(info)).load(verdict.offerId);
  }
}
