import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { ConnectionType } from '@app/common';

import { MatchRunsArgs, ProposalsArgs } from './dto/match-runs.args';
import { StartMatchRunInput } from './dto/start-match-run.input';
import { WhatIfInput } from './dto/what-if.input';
import { MatchRun } from './match-run.entity';
import { MatchRunsService } from './match-runs.service';
import { Proposal } from './proposal.entity';
import { WhatIfResult } from './what-if.result';
import { WhatIfService } from './what-if.service';

const MatchRunConnection = ConnectionType(MatchRun, 'MatchRun');
const ProposalConnection = ConnectionType(Proposal, 'Proposal');

@Resolver(() => MatchRun)
export class MatchRunsResolver {
  constructor(
    private readonly runs: MatchRunsService,
    private readonly whatIfService: WhatIfService,
  ) {}

  @Mutation(() => MatchRun, { description: 'Queue a match run; returns it at once (QUEUED)' })
  startMatchRun(
    @Args('input', { type: () => StartMatchRunInput, nullable: true }) input?: StartMatchRunInput,
  ): Promise<MatchRun> {
    return this.runs.start('api', input?.weights);
  }

  @Query(() => MatchRun, { nullable: true })
  matchRun(@Args('id', { type: () => ID }) id: string): Promise<MatchRun | null> {
    return this.runs.findRun(id);
  }

  @Query(() => MatchRunConnection, { description: 'Match runs, newest first' })
  matchRuns(@Args() args: MatchRunsArgs) {
    return this.runs.listRuns(args);
  }

  @Query(() => ProposalConnection, { description: 'Proposals, newest first' })
  proposals(@Args() args: ProposalsArgs) {
    return this.runs.listProposals(args);
  }

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
