import { ArgsType } from '@nestjs/graphql';

import { ListArgs } from '@app/common';

import { OfferFilter } from '../offer-filters';
import { OFFER_ORDERING } from '../offer-ordering';

@ArgsType()
export class OffersArgs extends ListArgs(OFFER_ORDERING, OfferFilter) {}
