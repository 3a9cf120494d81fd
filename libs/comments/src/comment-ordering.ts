import { listOrdering, sortOn } from '@app/common';

import { type Comment } from './comment.entity';

export const COMMENT_ORDERING = listOrdering<Comment>()('Comment', 'comment', {
  CREATED_AT: sortOn(
    'timestamptz',
    'createdAt',
    'When it was written (default DESC: newest first)',
  ),
});
