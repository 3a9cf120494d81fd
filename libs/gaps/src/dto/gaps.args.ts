import { ArgsType } from '@nestjs/graphql';

import { ListArgs } from '@app/common';

import { GapFilter } from '../gap-filters';
import { GAP_ORDERING } from '../gap-ordering';

@ArgsType()
export class GapsArgs extends ListArgs(GAP_ORDERING, GapFilter) {}
