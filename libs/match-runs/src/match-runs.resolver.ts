import { Mutation, Resolver } from '@nestjs/graphql';

import { MatchRunTicket } from './match-run-ticket.model';
import { MatchRunsService } from './match-runs.service';

@Resolver()
export class MatchRunsResolver {
  constructor(private readonly matchRuns: MatchRunsService) {}

  @Mutation(() => MatchRunTicket, { description: 'Queue a match run for the worker' })
  startMatchRun(): Promise<MatchRunTicket> {
    return this.matchRuns.enqueue('api');
  }
}
