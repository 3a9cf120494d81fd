import { ArgsType } from '@nestjs/graphql';

import { ListArgs } from '@app/common';

import { PartnershipFilter } from '../partnership-filters';
import { PARTNERSHIP_ORDERING } from '../partnership-ordering';

@ArgsType()
export class PartnershipsArgs extends ListArgs(PARTNERSHIP_ORDERING, PartnershipFilter) {}
