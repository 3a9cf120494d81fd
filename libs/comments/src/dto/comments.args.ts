import { ArgsType } from '@nestjs/graphql';

import { ListArgs, OptionalIdInput } from '@app/common';

import { COMMENT_ORDERING } from '../comment-ordering';

/** The conversation of one item: exactly one of gapId, proposalId and partnershipId. */
@ArgsType()
export class CommentsArgs extends ListArgs(COMMENT_ORDERING) {
  @OptionalIdInput()
  gapId?: string | null;

  @OptionalIdInput()
  proposalId?: string | null;

  @OptionalIdInput()
  partnershipId?: string | null;
}
