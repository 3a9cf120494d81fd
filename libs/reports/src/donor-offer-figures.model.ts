import { Field, Int, ObjectType } from '@nestjs/graphql';

/** What became of a donor's offers, in total or for one category. */
@ObjectType({ isAbstract: true })
export abstract class DonorOfferFigures {
  @Field(() => Int)
  offers: number;

  @Field(() => Int, { description: 'Σ offer capacity as declared' })
  capacity: number;

  @Field(() => Int, { description: 'Held by proposals one side accepted' })
  reserved: number;

  @Field(() => Int, { description: 'Units in partnerships (confirmed capacity)' })
  allocated: number;

  @Field(() => Int)
  partnerships: number;

  @Field(() => Int, { description: 'Units of those partnerships delivered so far' })
  delivered: number;
}
