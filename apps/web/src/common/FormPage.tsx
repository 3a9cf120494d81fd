import { Button, Group, Stack, Title } from '@mantine/core';
import { type FormEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { type ApiError } from '../graphql/errors';
import { ApiErrorAlert } from './ApiErrorAlert';

/**
 * A page that creates or edits one record: its title, the API's refusal of the last save, the
 * form's sections, then the submit and cancel buttons.
 */
export function FormPage({
  title,
  saveError,
  onSubmit,
  submitLabel,
  saving,
  onCancel,
  children,
}: {
  title: string;
  saveError: ApiError | undefined;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: string;
  saving: boolean;
  /** Where "Cancel" goes: by default back to the previous page. */
  onCancel?: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Stack maw={960}>
      <Title order={1}>{title}</Title>
      {saveError && <ApiErrorAlert error={saveError} context="save" />}
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {children}
          <Group>
            <Button type="submit" loading={saving}>
              {submitLabel}
            </Button>
            <Button variant="default" onClick={onCancel ?? (() => void navigate(-1))}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
