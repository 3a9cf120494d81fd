import { ArgsType } from '@nestjs/graphql';

import { ListArgs } from '@app/common';

import { ProposalFilter } from '../proposal-filters';
import { PROPOSAL_ORDERING } from '../proposal-ordering';

@ArgsType()
export class ProposalsArgs extends ListArgs(PROPOSAL_ORDERING, ProposalFilter) {}
