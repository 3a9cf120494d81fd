import { type SessionUser } from '../auth/session';

/** Who may do what to a comment (docs/matching-and-runs.md#conversations); the API checks again. */
export const commentRights = {
  write: (user: SessionUser) => ['COORDINATOR', 'DONOR', 'TPCC'].includes(user.role),
  edit: (user: SessionUser, comment: { authorUserId: string }) => comment.authorUserId === user.id,
  delete: (
    user: SessionUser,
    comment: { authorUserId: string; deletableUntil: string },
    now: number,
  ) =>
    user.role === 'COORDINATOR' ||
    (comment.authorUserId === user.id && Date.parse(comment.deletableUntil) > now),
};
