import { Button, Group, Stack, TagsInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { type ApiError } from '../graphql/errors';

export interface CommentDraft {
  body: string;
  mentions: string[];
}

/**
 * Writing or editing a comment: its text and the e-mails of the users it mentions. The API
 * refuses a mention of someone who may not see the item, naming which one.
 */
export function CommentForm({
  initial = { body: '', mentions: [] },
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
}: {
  initial?: CommentDraft;
  submitLabel: string;
  busy: boolean;
  error?: ApiError;
  onSubmit: (draft: CommentDraft) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState(initial.body);
  const [mentions, setMentions] = useState(initial.mentions);
  const mentionError = Object.entries(error?.fields ?? {}).find(([field]) =>
    field.startsWith('mentions'),
  )?.[1];
  return (
    <Stack gap="xs">
      {error && !mentionError && !error.fields.body && <ApiErrorAlert error={error} />}
      <Textarea
        label={t('comments.body')}
        value={body}
        onChange={(event) => setBody(event.currentTarget.value)}
        autosize
        minRows={2}
        maxLength={5000}
        error={error?.fields.body ? t('comments.bodyInvalid') : undefined}
      />
      <TagsInput
        label={t('comments.mentions')}
        description={t('comments.mentionsHelp')}
        value={mentions}
        onChange={setMentions}
        maxTags={20}
        splitChars={[',', ' ', ';']}
        error={mentionError ? t('comments.mentionInvalid') : undefined}
      />
      <Group justify="flex-end">
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            {t('common.back')}
          </Button>
        )}
        <Button
          loading={busy}
          disabled={!body.trim()}
          onClick={async () => {
            const saved = await onSubmit({ body: body.trim(), mentions });
            if (saved && !onCancel) {
              setBody('');
              setMentions([]);
            }
          }}
        >
          {submitLabel}
        </Button>
      </Group>
    </Stack>
  );
}
