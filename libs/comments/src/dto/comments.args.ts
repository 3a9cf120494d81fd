import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

import { ListArgs } from '@app/common';

import { COMMENT_ORDERING } from '../comment-ordering';

/** The conversation of one item: exactly one of gapId, proposalId and partnershipId. */
@ArgsType()
export class CommentsArgs extends ListArgs(COMMENT_ORDERING) {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  gapId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  proposalId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnershipId?: string | null;
}
