import { Card, Select, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { notify } from '../common/notify';
import { apiErrorOf } from '../graphql/errors';
import { type NotificationDelivery } from '../graphql/generated/graphql';
import {
  NotificationPreferencesQuery,
  SetNotificationPreferenceMutation,
} from './notifications.graphql';

const DELIVERIES: NotificationDelivery[] = ['IMMEDIATELY', 'DAILY_DIGEST', 'OFF'];

/** How each kind reaches the user by e-mail; the inbox always gets every notification. */
export function NotificationPreferences() {
  const { t } = useTranslation();
  const [{ data, error }] = useQuery({ query: NotificationPreferencesQuery });
  const [saved, save] = useMutation(SetNotificationPreferenceMutation);
  const saveError = apiErrorOf(saved.error);
  return (
    <Card withBorder component="section" aria-labelledby="notification-preferences">
      <Title order={2} size="h3" id="notification-preferences">
        {t('notifications.preferences.title')}
      </Title>
      <Text size="sm" c="dimmed" mt={4}>
        {t('notifications.preferences.description')}
      </Text>
      {error && <ApiErrorAlert error={apiErrorOf(error)!} />}
      {saveError && <ApiErrorAlert error={saveError} />}
      <Table mt="sm" data-testid="notification-preferences">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('notifications.preferences.kind')}</Table.Th>
            <Table.Th>{t('notifications.preferences.delivery')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(data?.notificationPreferences ?? []).map((preference) => (
            <Table.Tr key={preference.kind}>
              <Table.Td>{t(`notifications.kind.${preference.kind}`)}</Table.Td>
              <Table.Td>
                <Select
                  aria-label={t('notifications.preferences.deliveryOf', {
                    kind: t(`notifications.kind.${preference.kind}`),
                  })}
                  value={preference.delivery}
                  allowDeselect={false}
                  data={DELIVERIES.map((delivery) => ({
                    value: delivery,
                    label: t(`notifications.delivery.${delivery}`),
                  }))}
                  onChange={async (delivery) => {
                    if (!delivery) return;
                    const result = await save({
                      input: { kind: preference.kind, delivery: delivery as NotificationDelivery },
                    });
                    if (!result.error) notify(t('notifications.preferences.saved'));
                  }}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
