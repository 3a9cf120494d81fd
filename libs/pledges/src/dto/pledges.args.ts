import { ArgsType } from '@nestjs/graphql';

import { ListArgs } from '@app/common';

import { PledgeFilter } from '../pledge-filters';
import { MINISTERIAL_ORDERING, PLEDGE_ORDERING } from '../pledge-ordering';

@ArgsType()
export class PledgesArgs extends ListArgs(PLEDGE_ORDERING, PledgeFilter) {}

@ArgsType()
export class MinisterialsArgs extends ListArgs(MINISTERIAL_ORDERING) {}
