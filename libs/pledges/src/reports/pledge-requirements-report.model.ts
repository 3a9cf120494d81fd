import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

import { Category, QuantityUnit } from '@app/domain';

import { MinisterialRequirement } from '../ministerial-requirement.entity';
import { Ministerial } from '../ministerial.entity';

/**
 * What a Ministerial's requirement list asked for one capability in one unit, against what was
 * pledged and delivered (as OCHA's Financial Tracking Service sets funding against requirements).
 */
@ObjectType({ description: 'Required against pledged and delivered, for one capability and unit' })
export class PledgeRequirementRow {
  @Field(() => Category)
  category: Category;

  @Field(() => String, { nullable: true, description: 'null: pledges for the whole category' })
  capability: string | null;

  @Field(() => QuantityUnit, { nullable: true, description: 'null: pledges without a quantity' })
  unit: QuantityUnit | null;

  @Field(() => Int, { description: 'Requirement lines (of any mission)' })
  requirementLines: number;

  @Field(() => Int, { description: 'Units the requirement list asks for' })
  required: number;

  @Field(() => Int, { description: 'Pledges, not withdrawn' })
  pledges: number;

  @Field(() => Int, { description: 'Units those pledges promise' })
  pledged: number;

  @Field(() => Int, { description: 'Units of the COMMITTED, IN_PROGRESS and FULFILLED ones' })
  committed: number;

  @Field(() => Int, {
    description: "Units delivered by the linked offers' partnerships, at most each pledge's",
  })
  delivered: number;

  @Field(() => Int, { description: 'required − pledged, at least 0' })
  shortfall: number;

  @Field(() => Float, { nullable: true, description: '100 · pledged / required (may pass 100)' })
  coveredPercent: number | null;

  @Field(() => Float, { nullable: true, description: '100 · delivered / required' })
  fulfilledPercent: number | null;

  @Field(() => Boolean, { description: 'Required, and pledged less than required' })
  unfilled: boolean;

  @Field(() => [MinisterialRequirement], { description: 'The requirement lines of the row' })
  requirements: MinisterialRequirement[];
}

@ObjectType({ description: "A Ministerial's requirement list against its pledges" })
export class MinisterialPledgeReport {
  @Field(() => Ministerial)
  ministerial: Ministerial;

  @Field(() => [PledgeRequirementRow], {
    description: 'By category, capability and unit; unfilled rows first, then by shortfall',
  })
  rows: PledgeRequirementRow[];

  @Field(() => Int, { description: 'Requirement lines' })
  requirementLines: number;

  @Field(() => Int, { description: 'Requirement lines of unfilled rows' })
  unfilledLines: number;

  @Field(() => Int, { description: 'Pledges, not withdrawn' })
  pledges: number;
}
