import {
  Alert,
  Anchor,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';

import { LanguageSwitch } from '../app/LanguageSwitch';
import { type ApiError } from '../graphql/errors';
import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { session } from './session';
import { useSession } from './use-session';

/** Only paths of this app: a `next` pointing elsewhere is ignored. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const state = useSession();
  const [error, setError] = useState<ApiError>();
  const [submitting, setSubmitting] = useState(false);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (/^\S+@\S+$/.test(value) ? null : t('signIn.emailInvalid')),
      password: (value) => (value ? null : t('form.required')),
    },
  });
  const reason = params.get('reason');
  const next = safeNext(params.get('next'));

  if (state.status === 'signed-in') return <Navigate to={next} replace />;

  const submit = form.onSubmit(async ({ email, password }) => {
    setSubmitting(true);
    setError(await session.signIn(email.trim(), password));
    setSubmitting(false);
  });

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper component="main" withBorder shadow="sm" p="xl" radius="md" w={420} maw="100%">
        <form onSubmit={submit} noValidate>
          <Stack>
            <Stack gap={4}>
              <Title order={1} size="h2">
                {t('app.name')}
              </Title>
              <Text c="dimmed" size="sm">
                {t('app.tagline')}
              </Text>
            </Stack>
            {(reason === 'expired' || reason === 'revoked') && (
              <Alert color="yellow" title={t(`signIn.reason.${reason}.title`)} role="status">
                {t(`signIn.reason.${reason}.body`)}
              </Alert>
            )}
            {error && <ApiErrorAlert error={error} context="signIn" />}
            <TextInput
              label={t('signIn.email')}
              type="email"
              autoComplete="username"
              required
              autoFocus
              {...form.getInputProps('email')}
            />
            <PasswordInput
              label={t('signIn.password')}
              autoComplete="current-password"
              visibilityToggleButtonProps={{ 'aria-label': t('signIn.showPassword') }}
              required
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={submitting} fullWidth>
              {t('signIn.submit')}
            </Button>
            <LanguageSwitch />
            <Anchor component={Link} to="/public/pledges" size="sm">
              {t('pledges.public.link')}
            </Anchor>
            <Text size="xs" c="dimmed">
              {t('signIn.demoHint')}
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
