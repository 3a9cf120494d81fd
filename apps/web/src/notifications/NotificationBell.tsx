import { ActionIcon, Indicator } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery, useSubscription } from 'urql';

import { NotificationAddedSubscription, UnreadCountQuery } from './notifications.graphql';

/**
 * The header's bell: the signed-in user's unread count, raised live by `notificationAdded`
 * (the API pushes each user only their own), linking to the inbox.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const [{ data }, refetch] = useQuery({ query: UnreadCountQuery });
  useSubscription({ query: NotificationAddedSubscription }, () => {
    refetch({ requestPolicy: 'network-only' });
    return null;
  });
  const unread = data?.notifications.unreadCount ?? 0;
  const label = t('notifications.bell', { count: unread });
  return (
    <Indicator
      label={unread > 99 ? '99+' : unread}
      size={18}
      color="red.9"
      disabled={unread === 0}
      offset={4}
      data-testid="notification-bell"
      data-unread={unread}
    >
      <ActionIcon
        component={Link}
        to="/notifications"
        variant="default"
        size="lg"
        aria-label={label}
        title={label}
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
      </ActionIcon>
    </Indicator>
  );
}
