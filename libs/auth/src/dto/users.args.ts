import { ArgsType } from '@nestjs/graphql';

import { ListArgs } from '@app/common';

import { UserFilter } from '../user-filters';
import { USER_ORDERING } from '../user-ordering';

@ArgsType()
export class UsersArgs extends ListArgs(USER_ORDERING, UserFilter) {}
