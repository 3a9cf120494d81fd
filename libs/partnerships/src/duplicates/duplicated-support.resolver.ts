import { Args, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Authorize } from '@app/access';
import { type GraphQLRequestContext } from '@app/common';
import { type Category } from '@app/domain';
import { Proposal } from '@app/match-runs';
import { type RequestContext } from '@app/request-context';

import { type SupportItem } from './duplicated-support';
import { DuplicatedSupportArgs } from './duplicated-support.args';
import {
  DuplicatedSupportReport,
  DuplicationWarning,
  type SupportItemModel,
  type SupportKind,
} from './duplicated-support.model';
import { DuplicatedSupportPolicy } from './duplicated-support.policy';
import { DuplicatedSupportService } from './duplicated-support.service';
import { groupMessage, offerMessage, warningMessage } from './duplicated-support.words';

const item = (row: SupportItem): SupportItemModel => ({ ...row, kind: row.kind as SupportKind });

@Resolver()
export class DuplicatedSupportResolver {
  constructor(private readonly duplicates: DuplicatedSupportService) {}

  @Authorize(DuplicatedSupportPolicy.report)
  @Query(() => DuplicatedSupportReport, {
    description:
      'T/PCCs getting or proposed the same capability from two or more donors over overlapping days beyond their demand, and offers naming a T/PCC that other donors’ running partnerships already serve',
  })
  async duplicatedSupport(@Args() args: DuplicatedSupportArgs): Promise<DuplicatedSupportReport> {
    const { groups, offers } = await this.duplicates.report(args);
    return {
      groups: groups.map((group) => ({
        ...group,
        category: group.category as Category,
        items: group.items.map(item),
        message: groupMessage(group),
      })),
      offers: offers.map((duplication) => ({
        ...duplication,
        category: duplication.category as Category,
        partnerships: duplication.partnerships.map(item),
        message: offerMessage(duplication),
      })),
    };
  }
}

@Resolver(() => Proposal)
export class ProposalDuplicationResolver {
  constructor(private readonly duplicates: DuplicatedSupportService) {}

  // As the other field resolvers: (parent, args, context), no parameter decorators.
  @ResolveField(() => DuplicationWarning, {
    nullable: true,
    description:
      'Set on an open proposal that, with other support of the same capability for the same T/PCC over overlapping days from other donors, exceeds its demand',
  })
  async duplicationWarning(
    proposal: Proposal,
    _args: unknown,
    context: GraphQLRequestContext & { requestContext?: RequestContext },
  ): Promise<DuplicationWarning | null> {
    const group = await this.duplicates.groupOfProposal(context.dataLoaders, proposal.id);
    if (!group) return null;
    const donors = DuplicatedSupportPolicy.donorsShown(context.requestContext?.actor, group.donors);
    return {
      capability: group.capability,
      from: group.from,
      to: group.to,
      donors,
      donorCount: group.donors.length,
      units: group.units,
      demand: group.demand,
      excess: group.excess,
      message: warningMessage(group, donors),
    };
  }
}
