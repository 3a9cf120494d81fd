import { InputType } from '@nestjs/graphql';

import { OptionalIdInput } from '@app/common';

import { CommentBodyInput, MentionsInput } from './comment-fields';

/** Exactly one of gapId, proposalId and partnershipId (checked by the service, naming the field). */
@InputType()
export class AddCommentInput {
  @OptionalIdInput()
  gapId?: string | null;

  @OptionalIdInput()
  proposalId?: string | null;

  @OptionalIdInput()
  partnershipId?: string | null;

  @CommentBodyInput()
  body: string;

  @MentionsInput('E-mails of users to mention (at most 20); each must be able to see the item')
  mentions?: string[] | null;
}
