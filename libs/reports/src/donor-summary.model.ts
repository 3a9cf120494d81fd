import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

import { DonorCategoryFigures } from './donor-category-figures.model';
import { DonorRegionFigures } from './donor-region-figures.model';

@ObjectType({ description: "A donor's offers and what became of them" })
export class DonorSummary {
  @Field(() => String)
  donorIso3: string;

  @Field(() => String)
  donorName: string;

  @Field(() => Int)
  offers: number;

  @Field(() => Int, { description: 'Σ offer capacity as declared' })
  capacity: number;

  @Field(() => Int, { description: 'Held by proposals one side accepted' })
  reserved: number;

  @Field(() => Int, { description: 'Units in partnerships (confirmed capacity)' })
  allocated: number;

  @Field(() => Float, { nullable: true, description: '100 · allocated / capacity, one decimal' })
  allocatedPercent: number | null;

  @Field(() => Int)
  partnerships: number;

  @Field(() => Int, { description: 'Units of those partnerships delivered so far' })
  delivered: number;

  @Field(() => [DonorCategoryFigures], { description: 'By category, A→Z' })
  byCategory: DonorCategoryFigures[];

  @Field(() => [DonorRegionFigures], { description: 'By recipient region code' })
  byRecipientRegion: DonorRegionFigures[];
}
