import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { useUser } from '../auth/use-session';
import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { apiErrorOf } from '../graphql/errors';
import { type CommentFieldsFragment } from '../graphql/generated/graphql';
import { useFormat } from '../i18n/format';
import { commentRights } from './comment-rights';
import { DeleteCommentMutation, EditCommentMutation } from './comments.graphql';
import { CommentForm } from './CommentForm';

/** One comment: who wrote it and when, its text and mentions; edit and delete when allowed. */
export function CommentItem({
  comment,
  onDeleted,
}: {
  comment: CommentFieldsFragment;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const user = useUser();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [edited, editComment] = useMutation(EditCommentMutation);
  const [deleted, deleteComment] = useMutation(DeleteCommentMutation);
  const deleteError = apiErrorOf(deleted.error);
  return (
    <Paper withBorder p="sm" data-testid="comment">
      <Group justify="space-between" align="flex-start" gap="xs">
        <Text size="sm" fw={600}>
          {comment.authorEmail}
        </Text>
        <Text size="xs" c="dimmed">
          {format.enumLabel('Role', comment.authorRole)}
          {comment.authorMemberState && ' · '}
          {comment.authorMemberState} · {format.dateTime(comment.createdAt)}
          {comment.editedAt && ' · '}
          {comment.editedAt && t('comments.edited', { date: format.dateTime(comment.editedAt) })}
        </Text>
      </Group>
      {editing ? (
        <CommentForm
          initial={{
            body: comment.body,
            mentions: comment.mentions.map((mention) => mention.email),
          }}
          submitLabel={t('common.save')}
          busy={edited.fetching}
          error={apiErrorOf(edited.error)}
          onCancel={() => setEditing(false)}
          onSubmit={async (draft) => {
            const result = await editComment({ input: { id: comment.id, ...draft } });
            if (!result.error) setEditing(false);
            return !result.error;
          }}
        />
      ) : (
        <Stack gap={4} mt={4}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {comment.body}
          </Text>
          {comment.mentions.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('comments.mentioned', {
                users: comment.mentions.map((mention) => mention.email).join(', '),
              })}
            </Text>
          )}
        </Stack>
      )}
      {deleteError && <ApiErrorAlert error={deleteError} />}
      {!editing && (
        <Group gap="xs" mt="xs" justify="flex-end">
          {commentRights.edit(user, comment) && (
            <Button size="compact-sm" variant="subtle" onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )}
          {commentRights.delete(user, comment, Date.now()) &&
            (confirming ? (
              <>
                <Text size="sm">{t('comments.confirmDelete')}</Text>
                <Button size="compact-sm" variant="default" onClick={() => setConfirming(false)}>
                  {t('common.back')}
                </Button>
                <Button
                  size="compact-sm"
                  color="red"
                  loading={deleted.fetching}
                  onClick={async () => {
                    const result = await deleteComment({ input: { id: comment.id } });
                    if (!result.error) onDeleted();
                  }}
                >
                  {t('comments.delete')}
                </Button>
              </>
            ) : (
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                onClick={() => setConfirming(true)}
              >
                {t('comments.delete')}
              </Button>
            ))}
        </Group>
      )}
    </Paper>
  );
}
