import { Field, Float, ObjectType } from '@nestjs/graphql';

import { DonorCategoryFigures } from './donor-category-figures.model';
import { DonorOfferFigures } from './donor-offer-figures.model';
import { DonorRegionFigures } from './donor-region-figures.model';

@ObjectType({ description: "A donor's offers and what became of them" })
export class DonorSummary extends DonorOfferFigures {
  @Field(() => String)
  donorIso3: string;

  @Field(() => String)
  donorName: string;

  @Field(() => Float, { nullable: true, description: '100 · allocated / capacity, one decimal' })
  allocatedPercent: number | null;

  @Field(() => [DonorCategoryFigures], { description: 'By category, A→Z' })
  byCategory: DonorCategoryFigures[];

  @Field(() => [DonorRegionFigures], { description: 'By recipient region code' })
  byRecipientRegion: DonorRegionFigures[];
}
