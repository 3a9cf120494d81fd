import { type Notice, NotificationKind } from '@app/notifications';

import { type Comment } from './comment.entity';

/** The users a comment mentions (checked to see its item), its author left out. */
export function mentionNotice(
  authorUserId: string,
  comment: Comment,
  mentionedUserIds: readonly string[],
  itemTitle: string,
): Notice {
  return {
    kind: NotificationKind.COMMENT_MENTION,
    key: `${NotificationKind.COMMENT_MENTION}:${comment.id}`,
    recipients: { userIds: mentionedUserIds, except: authorUserId },
    subject: {
      commentId: comment.id,
      gapId: comment.gapId,
      proposalId: comment.proposalId,
      partnershipId: comment.partnershipId,
    },
    title: itemTitle,
    params: { author: comment.authorEmail, excerpt: comment.body.slice(0, 200) },
  };
}
