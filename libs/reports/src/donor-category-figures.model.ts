import { Field, Int, ObjectType } from '@nestjs/graphql';

import { Category } from '@app/domain';

@ObjectType()
export class DonorCategoryFigures {
  @Field(() => Category)
  category: Category;

  @Field(() => Int)
  offers: number;

  @Field(() => Int, { description: 'Σ offer capacity as declared' })
  capacity: number;

  @Field(() => Int, { description: 'Held by proposals one side accepted' })
  reserved: number;

  @Field(() => Int, { description: 'Units in partnerships' })
  allocated: number;

  @Field(() => Int)
  partnerships: number;

  @Field(() => Int)
  delivered: number;
}
