import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLISODateTime } from '@nestjs/graphql';

import { Authorize } from '@app/access';
import { ConnectionType, type GraphQLRequestContext } from '@app/common';
import { Ctx, type RequestContext } from '@app/request-context';

import { CommentMention } from './comment-mention.model';
import { Comment } from './comment.entity';
import { CommentPolicy } from './comment.policy';
import { CommentsService } from './comments.service';
import { AddCommentInput } from './dto/add-comment.input';
import { CommentIdInput } from './dto/comment-id.input';
import { CommentsArgs } from './dto/comments.args';
import { EditCommentInput } from './dto/edit-comment.input';

const CommentConnection = ConnectionType(Comment, 'Comment');

@Resolver(() => Comment)
export class CommentsResolver {
  constructor(private readonly service: CommentsService) {}

  @Authorize(CommentPolicy.read)
  @Query(() => CommentConnection, {
    nullable: true,
    description:
      'The conversation on a gap, a proposal or a partnership (give exactly one id), newest first; null if the item is missing or not yours to see',
  })
  comments(@Ctx() ctx: RequestContext, @Args() args: CommentsArgs) {
    return this.service.list(ctx, args);
  }

  @Authorize(CommentPolicy.write)
  @Mutation(() => Comment, {
    description:
      'Comment on a gap, a proposal or a partnership you may see (give exactly one id), mentioning users who may see it too',
  })
  addComment(@Ctx() ctx: RequestContext, @Args('input') input: AddCommentInput): Promise<Comment> {
    return this.service.add(ctx, input);
  }

  @Authorize(CommentPolicy.write)
  @Mutation(() => Comment, {
    description: 'Its author changes a comment; the audit log keeps the earlier text',
  })
  editComment(
    @Ctx() ctx: RequestContext,
    @Args('input') input: EditCommentInput,
  ): Promise<Comment> {
    return this.service.edit(ctx, input);
  }

  @Authorize(CommentPolicy.write)
  @Mutation(() => Comment, {
    description:
      'Deletes a comment: its author within COMMENT_DELETE_WINDOW_SECONDS (15 minutes by default) of writing it, a coordinator at any time. Returns it as it was; the audit log keeps it',
  })
  deleteComment(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CommentIdInput,
  ): Promise<Comment> {
    return this.service.delete(ctx, input.id);
  }

  // As the other field resolvers: (parent, args, context), no parameter decorators.
  @ResolveField(() => [CommentMention])
  async mentions(
    comment: Comment,
    _args: unknown,
    context: GraphQLRequestContext,
  ): Promise<CommentMention[]> {
    const users = await this.service
      .usersLoader(context.dataLoaders)
      .loadMany(comment.mentionedUserIds ?? []);
    return users.flatMap((user) =>
      user && !(user instanceof Error)
        ? [
            {
              userId: user.id,
              email: user.email,
              role: user.role,
              memberState: user.memberStateIso3,
            },
          ]
        : [],
    );
  }

  @ResolveField(() => GraphQLISODateTime, {
    description: 'Until when its author may delete it (coordinators may at any time)',
  })
  deletableUntil(comment: Comment): Date {
    return this.service.deletableUntil(comment);
  }
}
