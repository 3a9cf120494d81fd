import { ArgsType } from '@nestjs/graphql';

import { ListArgs } from '@app/common';

import { MISSION_ORDERING } from '../mission-ordering';

@ArgsType()
export class MissionsArgs extends ListArgs(MISSION_ORDERING) {}
