import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';

import { Authorize } from '@app/access';
import { type GraphQLRequestContext } from '@app/common';
import { Ctx, type RequestContext } from '@app/request-context';

import { CorrectResultPeriodInput } from './dto/correct-result-period.input';
import { RecordResultPeriodInput } from './dto/record-result-period.input';
import { PartnershipResultPeriod } from './partnership-result-period.entity';
import { PartnershipResultsService } from './partnership-results.service';
import { Partnership } from './partnership.entity';
import { PartnershipPolicy } from './partnership.policy';

/** Results per reporting period: recorded and corrected as the rest of a partnership's follow-up. */
@Resolver(() => Partnership)
export class PartnershipResultsResolver {
  constructor(private readonly results: PartnershipResultsService) {}

  @Authorize(PartnershipPolicy.followUp)
  @Mutation(() => PartnershipResultPeriod, {
    description:
      "Record the gap's indicator over a reporting period (baseline, target, actual); periods of a partnership never overlap",
  })
  recordPartnershipResultPeriod(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RecordResultPeriodInput,
  ): Promise<PartnershipResultPeriod> {
    return this.results.record(ctx, input);
  }

  @Authorize(PartnershipPolicy.followUp)
  @Mutation(() => PartnershipResultPeriod, {
    description: 'Correct a reported period (dates or values); who corrected it and when is kept',
  })
  correctPartnershipResultPeriod(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CorrectResultPeriodInput,
  ): Promise<PartnershipResultPeriod> {
    return this.results.correct(ctx, input);
  }

  @ResolveField(() => [PartnershipResultPeriod], {
    description: "The gap's indicator per reporting period, oldest first",
  })
  resultPeriods(
    partnership: Partnership,
    _args: unknown,
    context: GraphQLRequestContext,
  ): Promise<PartnershipResultPeriod[]> {
    return this.results.periodsLoader(context.dataLoaders).load(partnership.id);
  }
}
