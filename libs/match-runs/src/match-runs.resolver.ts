import { Args, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type GraphQLResolveInfo } from 'graphql';

import { Authorize } from '@app/access';
import { ConnectionType, pageSelection } from '@app/common';
import { Ctx, type RequestContext } from '@app/request-context';

import { CancelMatchRunInput } from './dto/cancel-match-run.input';
import { MatchRunsArgs } from './dto/match-runs.args';
import { ProposalsArgs } from './dto/proposals.args';
import { StartMatchRunInput } from './dto/start-match-run.input';
import { WhatIfInput } from './dto/what-if.input';
import { MatchRun } from './match-run.entity';
import { MatchRunPolicy } from './match-run.policy';
import { MatchRunsService } from './match-runs.service';
import { Proposal } from './proposal.entity';
import { ProposalPolicy } from './proposal.policy';
import { WhatIfResult } from './what-if-result.model';
import { WhatIfService } from './what-if.service';

const MatchRunConnection = ConnectionType(MatchRun, 'MatchRun');
const ProposalConnection = ConnectionType(Proposal, 'Proposal');

@Resolver(() => MatchRun)
export class MatchRunsResolver {
  constructor(
    private readonly runs: MatchRunsService,
    private readonly whatIfService: WhatIfService,
  ) {}

  @Authorize(MatchRunPolicy.start)
  @Mutation(() => MatchRun, { description: 'Queue a match run; returns it at once (QUEUED)' })
  startMatchRun(
    @Ctx() ctx: RequestContext,
    @Args('input', { type: () => StartMatchRunInput, nullable: true }) input?: StartMatchRunInput,
  ): Promise<MatchRun> {
    return this.runs.start(ctx, input?.weights);
  }

  @Authorize(MatchRunPolicy.start)
  @Mutation(() => MatchRun, {
    description: 'QUEUED or RUNNING → CANCELLED: the run stops (its solve too) and writes nothing',
  })
  cancelMatchRun(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CancelMatchRunInput,
  ): Promise<MatchRun> {
    return this.runs.cancel(ctx, input.id, input.reason);
  }

  @Authorize(MatchRunPolicy.read)
  @Query(() => MatchRun, { nullable: true })
  matchRun(@Args('id', { type: () => ID }) id: string): Promise<MatchRun | null> {
    return this.runs.findRun(id);
  }

  @Authorize(MatchRunPolicy.read)
  @Query(() => MatchRunConnection, { description: 'Match runs, newest first' })
  matchRuns(@Args() args: MatchRunsArgs) {
    return this.runs.listRuns(args);
  }

  @Authorize(ProposalPolicy.read)
  @Query(() => ProposalConnection, { description: 'Proposals you may see, newest first' })
  proposals(
    @Ctx() ctx: RequestContext,
    @Args() args: ProposalsArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.runs.listProposals(ctx, args, pageSelection(info));
  }

  @Authorize(MatchRunPolicy.read)
  @Query(() => WhatIfResult, {
    description:
      'Runs the engine now on the open gaps and offers (plus offers being considered) with the given weights; writes nothing',
  })
  whatIf(
    @Args('input', { type: () => WhatIfInput, nullable: true }) input?: WhatIfInput,
  ): Promise<WhatIfResult> {
    return this.whatIfService.run(input ?? {});
  }
}
