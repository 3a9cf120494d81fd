import { Field, ObjectType } from '@nestjs/graphql';

import { Category } from '@app/domain';

import { DonorOfferFigures } from './donor-offer-figures.model';

@ObjectType()
export class DonorCategoryFigures extends DonorOfferFigures {
  @Field(() => Category)
  category: Category;
}
