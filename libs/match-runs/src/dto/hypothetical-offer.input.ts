import { InputType, OmitType } from '@nestjs/graphql';

import { CreateOfferInput } from '@app/offers';

/** An offer being considered (a pledge not yet made): the fields of createOffer. */
@InputType()
export class HypotheticalOfferInput extends OmitType(
  CreateOfferInput,
  ['open'] as const,
  InputType,
) {}
