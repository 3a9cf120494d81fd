import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { LocalDateScalar } from '@app/common';
import { Category } from '@app/domain';

export enum SupportKind {
  PARTNERSHIP = 'PARTNERSHIP',
  PROPOSAL = 'PROPOSAL',
}
registerEnumType(SupportKind, {
  name: 'SupportKind',
  description: 'A partnership (ACTIVE, COMPLETED) or an open proposal (PROPOSED, ACCEPTED)',
});

@ObjectType({ description: 'One piece of support a T/PCC gets or is proposed' })
export class SupportItemModel {
  @Field(() => SupportKind) kind: SupportKind;
  @Field(() => ID, { description: 'The partnership’s or proposal’s id' }) id: string;
  @Field(() => ID) gapId: string;
  @Field(() => ID) offerId: string;
  @Field(() => String, { description: 'ISO3' }) donor: string;
  @Field(() => Int) quantity: number;
  @Field(() => String, { description: 'The partnership’s or proposal’s status' }) status: string;
  @Field(() => LocalDateScalar, {
    description: 'First day the gap needs it and the offer is available',
  })
  from: string;
  @Field(() => LocalDateScalar) to: string;
}

@ObjectType({
  description:
    'Support of one capability a T/PCC gets or is proposed from two or more donors over overlapping days, beyond its demand',
})
export class DuplicatedSupport {
  @Field(() => String, { description: 'The T/PCC, ISO3' }) memberState: string;
  @Field(() => Category) category: Category;
  @Field(() => String) capability: string;
  @Field(() => LocalDateScalar) from: string;
  @Field(() => LocalDateScalar) to: string;
  @Field(() => [String], { description: 'ISO3, sorted' }) donors: string[];
  @Field(() => Int, { description: 'Units of support over these days' }) units: number;
  @Field(() => Int, {
    description:
      'The T/PCC’s demand for the capability over these days (gaps of one mission and unit type needed over overlapping days count once)',
  })
  demand: number;
  @Field(() => Int, { description: 'units − demand' }) excess: number;
  @Field(() => [SupportItemModel]) items: SupportItemModel[];
  @Field(() => String, { description: 'In English' }) message: string;
}

@ObjectType({
  description:
    'An offer naming a T/PCC that other donors’ running partnerships already serve for what it offers, with none of that demand left',
})
export class OfferDuplication {
  @Field(() => ID) offerId: string;
  @Field(() => String) donor: string;
  @Field(() => String, { description: 'The T/PCC the offer names, ISO3' }) memberState: string;
  @Field(() => Category) category: Category;
  @Field(() => String) capability: string;
  @Field(() => [SupportItemModel], { description: 'The running partnerships of other donors' })
  partnerships: SupportItemModel[];
  @Field(() => Int, {
    description: 'The T/PCC’s demand for it over the offer’s days left uncovered',
  })
  remainingDemand: number;
  @Field(() => String, { description: 'In English' }) message: string;
}

@ObjectType()
export class DuplicatedSupportReport {
  @Field(() => [DuplicatedSupport]) groups: DuplicatedSupport[];
  @Field(() => [OfferDuplication]) offers: OfferDuplication[];
}

@ObjectType({
  description:
    'This proposal, with other support of the same capability for the same T/PCC over overlapping days, exceeds its demand',
})
export class DuplicationWarning {
  @Field(() => String) capability: string;
  @Field(() => LocalDateScalar) from: string;
  @Field(() => LocalDateScalar) to: string;
  @Field(() => [String], {
    description: 'The donors involved that you may see (a donor sees only its own state)',
  })
  donors: string[];
  @Field(() => Int, { description: 'How many donors are involved' }) donorCount: number;
  @Field(() => Int) units: number;
  @Field(() => Int) demand: number;
  @Field(() => Int) excess: number;
  @Field(() => String, { description: 'In English' }) message: string;
}
