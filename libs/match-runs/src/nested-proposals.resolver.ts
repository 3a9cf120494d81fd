import { ResolveField, Resolver } from '@nestjs/graphql';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { type GraphQLResolveInfo } from 'graphql';

import {
  type GraphQLRequestContext,
  MAX_PAGE_SIZE,
  SchemaArgs,
  selectedFields,
  validationErrorFactory,
} from '@app/common';
import { CapabilityGap } from '@app/gaps';
import { Offer } from '@app/offers';
import { type GraphQLContextWithRequestContext } from '@app/request-context';

import { NestedProposalsArgs } from './dto/nested-proposals.args';
import { type ProposalParent, MatchRunsService } from './match-runs.service';
import { Proposal } from './proposal.entity';
import { ProposalPolicy } from './proposal.policy';

const DESCRIPTION =
  'Its proposals you may see (as in the top-level proposals list), newest first and best score first within a run; batched: one statement per nesting level whatever the page size';

type Context = GraphQLRequestContext & GraphQLContextWithRequestContext;

/**
 * The arguments as GraphQL gives them (`first` defaulted, `status` already checked against the
 * enum). A `first` in range is the case of every page: taken as it is. Anything else goes
 * through class-validator as Nest's ValidationPipe would, with the same BAD_USER_INPUT error.
 */
async function checkedArgs(args: NestedProposalsArgs): Promise<NestedProposalsArgs> {
  const { first } = args;
  if (Number.isInteger(first) && first >= 1 && first <= MAX_PAGE_SIZE) return args;
  const errors = await validate(plainToInstance(NestedProposalsArgs, args));
  if (errors.length > 0) throw validationErrorFactory()(errors);
  return args;
}

async function proposalsOf(
  service: MatchRunsService,
  parent: ProposalParent,
  id: string,
  rawArgs: NestedProposalsArgs,
  context: Context,
  info: GraphQLResolveInfo | undefined,
): Promise<Proposal[]> {
  const args = await checkedArgs(rawArgs);
  const ctx = context.requestContext;
  const actor = ctx?.actor;
  // Nested fields are reached only through a root field, whose guard has signed the caller in.
  if (!ctx || !actor) return [];
  const fields = selectedFields(info);
  // Each proposal's offer, when asked, comes in the same statement (Proposal.offer reads it).
  const offerFields = fields?.includes('offer') ? selectedFields(info, ['offer']) : undefined;
  return service
    .proposalsOfLoader(
      ctx.loaders,
      parent,
      args,
      ProposalPolicy.scope(actor),
      `${actor.role}:${actor.memberState ?? ''}`,
      fields,
      offerFields,
    )
    .load(id);
}

// Field resolvers take (parent, args, context) as GraphQL passes them, with no parameter binding
// (@SchemaArgs declares the arguments in the schema only): @nestjs/graphql then calls them
// directly, not through Nest's per-call pipeline and its ValidationPipe, which cost more than the
// resolver itself when a page resolves it for each of its 50 gaps. checkedArgs checks the
// arguments instead, with the pipe's error.

@Resolver(() => CapabilityGap)
export class GapProposalsResolver {
  constructor(private readonly runs: MatchRunsService) {}

  @ResolveField(() => [Proposal], { description: DESCRIPTION })
  proposals(
    gap: CapabilityGap,
    @SchemaArgs() args: NestedProposalsArgs,
    context: Context,
    info?: GraphQLResolveInfo,
  ): Promise<Proposal[]> {
    return proposalsOf(this.runs, 'gap', gap.id, args, context, info);
  }
}

@Resolver(() => Offer)
export class OfferProposalsResolver {
  constructor(private readonly runs: MatchRunsService) {}

  @ResolveField(() => [Proposal], { description: DESCRIPTION })
  proposals(
    offer: Offer,
    @SchemaArgs() args: NestedProposalsArgs,
    context: Context,
    info?: GraphQLResolveInfo,
  ): Promise<Proposal[]> {
    return proposalsOf(this.runs, 'offer', offer.id, args, context, info);
  }
}
