import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

/** How far a pledge is carried out, computed from its linked offers' partnerships (never typed). */
@ObjectType({ description: "A pledge's fulfilment, computed from its linked offers' partnerships" })
export class PledgeFulfilment {
  @Field(() => Int, { description: 'Offers linked to the pledge' })
  linkedOffers: number;

  @Field(() => Int, { description: 'Partnerships of those offers' })
  partnerships: number;

  @Field(() => Int, {
    description: "Units those partnerships committed (in the pledge's unit when it has one)",
  })
  committedQuantity: number;

  @Field(() => Int, {
    description: "Units they delivered (in the pledge's unit when it has one)",
  })
  deliveredQuantity: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Delivered ÷ pledged quantity, in %, at most 100 (one decimal); null when the pledge has no quantity',
  })
  percent: number | null;
}
