import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';

import { User } from '@app/auth';
import {
  BadInputError,
  type Connection,
  NotFoundError,
  paginate,
  type RequestLoaders,
  sortKeyFor,
} from '@app/common';
import { AppConfig } from '@app/config';
import { CapabilityGap } from '@app/gaps';
import { partiesOf, Proposal } from '@app/match-runs';
import { Partnership } from '@app/partnerships';
import { recordNotifications } from '@app/notifications';
import { batchedLookup, findForUpdate } from '@app/persistence';
import { type Actor, type RequestContext } from '@app/request-context';

import { mentionNotice } from './comment-notices';
import { COMMENT_ORDERING } from './comment-ordering';
import { Comment } from './comment.entity';
import { type CommentItem, CommentPolicy } from './comment.policy';
import { type AddCommentInput } from './dto/add-comment.input';
import { type CommentsArgs } from './dto/comments.args';
import { type EditCommentInput } from './dto/edit-comment.input';

/** The item of a conversation: exactly one of the three ids. */
interface ItemRef {
  gapId?: string | null;
  proposalId?: string | null;
  partnershipId?: string | null;
}

const ITEM_FIELDS = ['gapId', 'proposalId', 'partnershipId'] as const;

/** Which of the three ids is given; BAD_USER_INPUT naming the field unless exactly one is. */
function itemField(ref: ItemRef, prefix: string): (typeof ITEM_FIELDS)[number] {
  const given = ITEM_FIELDS.filter((field) => ref[field]);
  if (given.length !== 1)
    throw new BadInputError(
      `${prefix}${given[1] ?? 'gapId'}`,
      `${prefix}${given[1] ?? 'gapId'}: give exactly one of gapId, proposalId and partnershipId`,
    );
  return given[0];
}

/** Comments on gaps, proposals and partnerships: who may see, write, edit and delete them. */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** The item's conversation, newest first; null if the item is missing or not the caller's to see. */
  async list(ctx: RequestContext, args: CommentsArgs): Promise<Connection<Comment> | null> {
    const field = itemField(args, '');
    const item = await this.loadItem(this.dataSource.manager, field, args[field]!);
    const actor = ctx.actorToCheck();
    if (!item || (actor && !CommentPolicy.canSee(actor, item))) return null;
    const query = this.dataSource
      .getRepository(Comment)
      .createQueryBuilder('comment')
      .andWhere(`comment.${snake(field)} = :item`, { item: args[field] });
    return paginate(query, args, sortKeyFor(COMMENT_ORDERING, args.orderBy));
  }

  async add(ctx: RequestContext, input: AddCommentInput): Promise<Comment> {
    const field = itemField(input, 'input.');
    const actor = ctx.requireActor();
    return this.dataSource.transaction(async (manager) => {
      const item = await this.loadItem(manager, field, input[field]!);
      // A missing item and one the caller may not see are answered alike (as `gap(id)` does).
      if (!item || !CommentPolicy.canSee(actor, item))
        throw new NotFoundError(ITEM_NAMES[field], input[field]!, `input.${field}`);
      const mentioned = await this.mentioned(manager, item, input.mentions ?? [], 'input.mentions');
      const comment = manager.create(Comment, {
        gapId: input.gapId ?? null,
        proposalId: input.proposalId ?? null,
        partnershipId: input.partnershipId ?? null,
        authorUserId: actor.userId,
        authorEmail: actor.email,
        authorRole: actor.role,
        authorMemberState: actor.memberState,
        body: input.body,
        mentionedUserIds: mentioned,
      });
      const saved = await manager.save(comment);
      await recordNotifications(ctx.withManager(manager), [
        mentionNotice(actor.userId, saved, mentioned, await this.itemTitle(manager, saved)),
      ]);
      return saved;
    });
  }

  async edit(ctx: RequestContext, input: EditCommentInput): Promise<Comment> {
    return this.dataSource.transaction(async (manager) => {
      const comment = await findForUpdate(manager, Comment, 'Comment', input.id);
      CommentPolicy.assertCanEdit(ctx, comment);
      comment.body = input.body;
      const before = new Set(comment.mentionedUserIds);
      if (input.mentions) {
        const item = await this.itemOf(manager, comment);
        comment.mentionedUserIds = await this.mentioned(
          manager,
          item,
          input.mentions,
          'input.mentions',
        );
      }
      comment.editedAt = new Date();
      const saved = await manager.save(comment);
      // Only users newly mentioned by the edit are told (each user once per comment).
      const added = comment.mentionedUserIds.filter((id) => !before.has(id));
      await recordNotifications(ctx.withManager(manager), [
        mentionNotice(comment.authorUserId, saved, added, await this.itemTitle(manager, saved)),
      ]);
      return saved;
    });
  }

  async delete(ctx: RequestContext, id: string): Promise<Comment> {
    return this.dataSource.transaction(async (manager) => {
      const comment = await findForUpdate(manager, Comment, 'Comment', id);
      CommentPolicy.assertCanDelete(
        ctx,
        comment,
        this.config.commentDeleteWindowSeconds,
        new Date(),
      );
      const deleted = { ...comment };
      await manager.remove(comment);
      return Object.assign(new Comment(), deleted);
    });
  }

  /** Batches the users of one request's mentions. */
  usersLoader(loaders: RequestLoaders) {
    return batchedLookup(loaders, 'userById', this.dataSource.getRepository(User), 'id');
  }

  /** When its author may no longer delete it. */
  deletableUntil(comment: Comment): Date {
    return new Date(comment.createdAt.getTime() + this.config.commentDeleteWindowSeconds * 1000);
  }

  /** The title shown for the comment's item: the gap's, or the gap's of the proposal or partnership. */
  private async itemTitle(manager: EntityManager, comment: Comment): Promise<string> {
    const [row] = await manager.query<{ title: string }[]>(
      `SELECT g.title FROM capability_gaps g
        WHERE g.id = coalesce($1::uuid,
                (SELECT gap_id FROM proposals WHERE id = $2::uuid),
                (SELECT gap_id FROM partnerships WHERE id = $3::uuid))`,
      [comment.gapId, comment.proposalId, comment.partnershipId],
    );
    return row?.title ?? '';
  }

  private async itemOf(manager: EntityManager, comment: Comment): Promise<CommentItem> {
    const field = itemField(comment, '');
    return (await this.loadItem(manager, field, comment[field]!))!;
  }

  private async loadItem(
    manager: EntityManager,
    field: (typeof ITEM_FIELDS)[number],
    id: string,
  ): Promise<CommentItem | null> {
    if (field === 'gapId') {
      const gap = await manager.findOneBy(CapabilityGap, { id });
      return gap && { kind: 'gap', gap };
    }
    const row =
      field === 'proposalId'
        ? await manager.findOne(Proposal, {
            where: { id },
            select: { id: true, gapId: true, offerId: true },
          })
        : await manager.findOne(Partnership, {
            where: { id },
            select: { id: true, gapId: true, offerId: true },
          });
    if (!row) return null;
    return {
      kind: field === 'proposalId' ? 'proposal' : 'partnership',
      parties: await partiesOf(manager, row),
    };
  }

  /** The ids of the mentioned users: each must exist, be enabled and be able to see the item. */
  private async mentioned(
    manager: EntityManager,
    item: CommentItem,
    emails: string[],
    field: string,
  ): Promise<string[]> {
    if (emails.length === 0) return [];
    const wanted = emails.map((email) => email.toLowerCase());
    const users = await manager.findBy(User, { email: In(wanted) });
    const byEmail = new Map(users.map((user) => [user.email, user]));
    const ids = wanted.map((email, index) => {
      const user = byEmail.get(email);
      if (!user || user.disabled)
        throw new BadInputError(`${field}[${index}]`, `${field}[${index}]: no user ${email}`);
      const actor: Actor = {
        userId: user.id,
        email: user.email,
        role: user.role,
        memberState: user.memberStateIso3,
      };
      if (!CommentPolicy.canSee(actor, item))
        throw new BadInputError(
          `${field}[${index}]`,
          `${field}[${index}]: ${email} may not see this ${item.kind}, so cannot be mentioned on it`,
        );
      return user.id;
    });
    return [...new Set(ids)];
  }
}

const ITEM_NAMES = { gapId: 'CapabilityGap', proposalId: 'Proposal', partnershipId: 'Partnership' };

const snake = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
