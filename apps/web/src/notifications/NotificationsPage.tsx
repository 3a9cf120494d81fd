import { Anchor, Badge, Button, Card, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { PageLoader } from '../common/PageLoader';
import { apiErrorOf } from '../graphql/errors';
import { useFormat } from '../i18n/format';
import { NotificationPreferences } from './NotificationPreferences';
import { MarkNotificationsReadMutation, NotificationsQuery } from './notifications.graphql';

const PAGE = 50;

/** The inbox: what concerns the user, newest first; opening one marks it read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const [{ data, fetching, error }] = useQuery({
    query: NotificationsQuery,
    variables: { first: shown, filter: unreadOnly ? { unread: true } : null },
  });
  const [marking, markRead] = useMutation(MarkNotificationsReadMutation);
  const notifications = data?.notifications;
  const markError = apiErrorOf(marking.error);
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Title order={1}>{t('notifications.title')}</Title>
        <Button
          variant="default"
          disabled={!notifications?.unreadCount}
          loading={marking.fetching}
          onClick={() => markRead({ input: { all: true } })}
        >
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      {error && <ApiErrorAlert error={apiErrorOf(error)!} />}
      {markError && <ApiErrorAlert error={markError} />}
      <Group>
        <Text data-testid="unread-count">
          {t('notifications.unread', { count: notifications?.unreadCount ?? 0 })}
        </Text>
        <Switch
          label={t('notifications.unreadOnly')}
          checked={unreadOnly}
          onChange={(event) => setUnreadOnly(event.currentTarget.checked)}
        />
      </Group>
      {!data && fetching && <PageLoader />}
      {notifications?.edges.length === 0 && <Text c="dimmed">{t('notifications.none')}</Text>}
      <Stack gap="xs" data-testid="notifications">
        {notifications?.edges.map(({ node }) => (
          <Card
            withBorder
            padding="sm"
            key={node.id}
            data-testid="notification"
            data-kind={node.kind}
            data-read={node.read}
          >
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={2}>
                <Group gap="xs">
                  {!node.read && (
                    <Badge color="red.9" variant="outline" size="sm">
                      {t('notifications.new')}
                    </Badge>
                  )}
                  <Text size="sm" c="dimmed">
                    {t(`notifications.kind.${node.kind}`)}
                  </Text>
                </Group>
                <Anchor
                  component={Link}
                  to={node.path}
                  fw={node.read ? 400 : 700}
                  onClick={() => {
                    if (!node.read) void markRead({ input: { ids: [node.id] } });
                  }}
                >
                  {node.title}
                </Anchor>
                {node.quantity !== null && node.quantity !== undefined && (
                  <Text size="sm">
                    {t('notifications.quantity', { quantity: format.number(node.quantity) })}
                  </Text>
                )}
              </Stack>
              <Text size="xs" c="dimmed">
                {format.dateTime(node.createdAt)}
              </Text>
            </Group>
          </Card>
        ))}
      </Stack>
      {notifications?.pageInfo.hasNextPage && (
        <Button variant="subtle" onClick={() => setShown(shown + PAGE)}>
          {t('notifications.more')}
        </Button>
      )}
      <NotificationPreferences />
    </Stack>
  );
}
