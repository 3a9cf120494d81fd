import { Field, ID, ObjectType } from '@nestjs/graphql';

import { Role } from '@app/domain';

@ObjectType({ description: 'A user mentioned in a comment' })
export class CommentMention {
  @Field(() => ID) userId: string;
  @Field(() => String) email: string;
  @Field(() => Role) role: Role;
  @Field(() => String, { nullable: true }) memberState: string | null;
}
