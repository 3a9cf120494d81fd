import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { Authorize } from '@app/access';
import { ConnectionType, type GraphQLRequestContext } from '@app/common';
import { MemberState, ReferenceDataService } from '@app/reference-data';
import { Ctx, type RequestContext } from '@app/request-context';

import { AddMinisterialRequirementInput } from './dto/add-requirement.input';
import { CreateMinisterialInput } from './dto/create-ministerial.input';
import { MinisterialRequirementIdInput } from './dto/ids.input';
import { MinisterialsArgs } from './dto/pledges.args';
import { MinisterialRequirement } from './ministerial-requirement.entity';
import { Ministerial } from './ministerial.entity';
import { PledgePolicy } from './pledge.policy';
import { PledgesService } from './pledges.service';

const MinisterialConnection = ConnectionType(Ministerial, 'Ministerial');

@Resolver(() => Ministerial)
export class MinisterialsResolver {
  constructor(
    private readonly pledges: PledgesService,
    private readonly referenceData: ReferenceDataService,
  ) {}

  @Authorize(PledgePolicy.read)
  @Query(() => Ministerial, { nullable: true })
  ministerial(@Args('id', { type: () => ID }) id: string): Promise<Ministerial | null> {
    return this.pledges.findMinisterial(id);
  }

  @Authorize(PledgePolicy.read)
  @Query(() => MinisterialConnection, { description: 'Peacekeeping Ministerials, by first day' })
  ministerials(@Args() args: MinisterialsArgs) {
    return this.pledges.listMinisterials(args);
  }

  @Authorize(PledgePolicy.ministerials)
  @Mutation(() => Ministerial, { description: 'Add a Ministerial (coordinators)' })
  createMinisterial(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateMinisterialInput,
  ): Promise<Ministerial> {
    return this.pledges.createMinisterial(ctx, input);
  }

  @Authorize(PledgePolicy.ministerials)
  @Mutation(() => MinisterialRequirement, {
    description: "Add a line to a Ministerial's requirement list (coordinators)",
  })
  addMinisterialRequirement(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AddMinisterialRequirementInput,
  ): Promise<MinisterialRequirement> {
    return this.pledges.addRequirement(ctx, input);
  }

  @Authorize(PledgePolicy.ministerials)
  @Mutation(() => MinisterialRequirement, {
    description: 'Remove a requirement line (coordinators); returns it as it was',
  })
  removeMinisterialRequirement(
    @Ctx() ctx: RequestContext,
    @Args('input') input: MinisterialRequirementIdInput,
  ): Promise<MinisterialRequirement> {
    return this.pledges.removeRequirement(ctx, input.id);
  }

  @ResolveField(() => MemberState, { nullable: true })
  hostCountry(ministerial: Ministerial, _args: unknown, context: GraphQLRequestContext) {
    if (!ministerial.hostCountryIso3) return null;
    return this.referenceData.memberStateOf(context.dataLoaders, ministerial.hostCountryIso3);
  }

  @ResolveField(() => [MinisterialRequirement], {
    description: 'The requirement list ("shopping list"), by category and capability',
  })
  requirements(ministerial: Ministerial, _args: unknown, context: GraphQLRequestContext) {
    return this.pledges.requirementsLoader(context.dataLoaders).load(ministerial.id);
  }
}
