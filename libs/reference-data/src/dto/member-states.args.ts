import { ArgsType } from '@nestjs/graphql';

import { ListArgs } from '@app/common';

import { MemberStateFilter } from '../member-state-filters';
import { MEMBER_STATE_ORDERING } from '../member-state-ordering';

@ArgsType()
export class MemberStatesArgs extends ListArgs(MEMBER_STATE_ORDERING, MemberStateFilter) {}
