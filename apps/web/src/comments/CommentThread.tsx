import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { useUser } from '../auth/use-session';
import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { notify } from '../common/notify';
import { apiErrorOf } from '../graphql/errors';
import { commentRights } from './comment-rights';
import { AddCommentMutation, CommentsQuery } from './comments.graphql';
import { CommentForm } from './CommentForm';
import { CommentItem } from './CommentItem';

/** Exactly one: the item a conversation is about. */
export type CommentSubjectRef =
  { gapId: string } | { proposalId: string } | { partnershipId: string };

const PAGE = 20;

/** The conversation on a gap, proposal or partnership, newest first, with a form to add to it. */
export function CommentThread({
  subject,
  headingId,
  compact = false,
}: {
  subject: CommentSubjectRef;
  headingId: string;
  /** Inside another card (a proposal's): no card and a smaller heading. */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const [shown, setShown] = useState(PAGE);
  const [{ data, error }, refetch] = useQuery({
    query: CommentsQuery,
    variables: { ...subject, first: shown },
  });
  const [added, addComment] = useMutation(AddCommentMutation);
  const comments = data?.comments;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const body = (
    <Stack gap="sm">
      <Title order={compact ? 3 : 2} size={compact ? 'h5' : 'h3'} id={headingId}>
        {t('comments.title', { count: comments?.totalCount ?? 0 })}
      </Title>
      {error && <ApiErrorAlert error={apiErrorOf(error)!} />}
      {comments?.edges.length === 0 && <Text c="dimmed">{t('comments.none')}</Text>}
      {comments?.edges.map(({ node }, index) => (
        <CommentItem key={index} comment={node} onDeleted={reload} />
      ))}
      {comments?.pageInfo.hasNextPage && (
        <Button variant="subtle" onClick={() => setShown(shown + PAGE)}>
          {t('comments.more')}
        </Button>
      )}
      {commentRights.write(user) && (
        <CommentForm
          submitLabel={t('comments.add')}
          busy={added.fetching}
          error={apiErrorOf(added.error)}
          onSubmit={async (draft) => {
            const result = await addComment({ input: { ...subject, ...draft } });
            if (result.error) return false;
            notify(t('comments.added'));
            reload();
            return true;
          }}
        />
      )}
    </Stack>
  );
  return compact ? (
    <section aria-labelledby={headingId}>{body}</section>
  ) : (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid="comments">
      {body}
    </Card>
  );
}
