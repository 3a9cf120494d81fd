import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

import { CommentBodyInput, MentionsInput } from './comment-fields';

@InputType()
export class EditCommentInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @CommentBodyInput()
  body: string;

  @MentionsInput('Replaces the mentions when given')
  mentions?: string[] | null;
}
