import { Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

import { CreateOfferInput } from './create-offer.input';

/** Changes to an offer; fields left out keep their value. The donor cannot change. */
@InputType()
export class UpdateOfferInput extends PartialType(
  OmitType(CreateOfferInput, ['donor', 'open', 'externalRef'] as const),
  {
    // A default is for creating: an update that leaves a field out keeps its value.
    omitDefaultValues: true,
  },
) {
  @Field(() => ID)
  @IsUUID()
  id: string;
}
