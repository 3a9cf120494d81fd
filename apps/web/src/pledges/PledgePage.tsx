import {
  Alert,
  Anchor,
  Badge,
  Card,
  Group,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';

import { can } from '../auth/permissions';
import { useUser } from '../auth/use-session';
import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { Fact } from '../common/Fact';
import { joined } from '../common/join';
import { RecordFallback } from '../common/RecordFallback';
import { useCountryName } from '../dashboard/map/country-name';
import { type ApiError } from '../graphql/errors';
import { useFormat } from '../i18n/format';
import { PLEDGE_STATUS_COLOURS } from './pledge-enums';
import { PledgeFlagAlerts } from './PledgeFlagAlerts';
import { PledgeHistory } from './PledgeHistory';
import { PledgeOffersPanel } from './PledgeOffersPanel';
import { PledgeStatusActions } from './PledgeStatusActions';
import { PledgeQuery } from './pledges.graphql';

/** One pledge: its facts, wording, computed fulfilment, flags, history and what the user may do. */
export function PledgePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const user = useUser();
  const countryName = useCountryName();
  const [{ data, fetching, error }, refetch] = useQuery({ query: PledgeQuery, variables: { id } });
  const [refusal, setRefusal] = useState<ApiError>();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const pledge = data?.pledge;
  if (error || !pledge) {
    return (
      <RecordFallback
        error={error}
        loading={!data && fetching}
        notFoundTitle={t('pledges.page.notFoundTitle')}
        notFound={t('pledges.page.notFound')}
      />
    );
  }
  const ministerialName = t('pledges.ministerial.short', {
    city: pledge.ministerial.city,
    year: pledge.ministerial.heldOn.slice(0, 4),
  });
  const open = pledge.nextStatuses.length > 0;
  const linkableDonors =
    user.role === 'DONOR' ? [user.memberStateIso3 ?? ''] : [pledge.leadIso3, ...pledge.memberIso3s];
  const { fulfilment } = pledge;
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>
            {t('pledges.page.title', {
              state: countryName(pledge.leadIso3),
              ministerial: ministerialName,
            })}
          </Title>
          <Group gap="xs">
            <Badge
              color={PLEDGE_STATUS_COLOURS[pledge.status]}
              variant="outline"
              data-testid="pledge-status"
            >
              {t(`pledges.status.${pledge.status}`)}
            </Badge>
            {pledge.joint && <Badge variant="light">{t('pledges.page.joint')}</Badge>}
          </Group>
        </Stack>
        {can.changePledge(user, pledge) && (
          <PledgeStatusActions
            pledgeId={pledge.id}
            nextStatuses={pledge.nextStatuses}
            onDone={() => {
              setRefusal(undefined);
              reload();
            }}
            onRefused={(refused) => {
              setRefusal(refused);
              reload();
            }}
          />
        )}
      </Group>
      {refusal && <ApiErrorAlert error={refusal} context="pledgeStatus" />}
      <PledgeFlagAlerts flags={pledge.flags} />
      {pledge.statusReason && (
        <Alert color="gray" title={t('pledges.page.statusReason')}>
          {pledge.statusReason}
        </Alert>
      )}
      <Card withBorder data-testid="pledge-facts">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Fact label={t('pledges.field.ministerial')}>
            <Anchor component={Link} to={`/ministerials/${pledge.ministerialId}`}>
              {ministerialName}
            </Anchor>
          </Fact>
          <Fact label={t('pledges.field.lead')}>{countryName(pledge.leadIso3)}</Fact>
          <Fact label={t('pledges.field.members')}>
            {pledge.memberIso3s.length
              ? joined(pledge.memberIso3s.map(countryName))
              : t('pledges.page.alone')}
          </Fact>
          <Fact label={t('pledges.field.kind')}>{t(`pledges.kind.${pledge.kind}`)}</Fact>
          <Fact label={t('pledges.field.category')}>
            {format.enumLabel('Category', pledge.category)}
          </Fact>
          <Fact label={t('pledges.field.capability')}>
            {pledge.capability ?? t('pledges.page.wholeCategory')}
          </Fact>
          <Fact label={t('pledges.field.quantity')}>
            {pledge.quantity !== null && pledge.quantity !== undefined && pledge.unit
              ? [
                  format.number(pledge.quantity),
                  ' ',
                  t(`enum.QuantityUnit.${pledge.unit}`, { count: pledge.quantity }),
                ]
              : t('pledges.fulfilment.notMeasurable')}
          </Fact>
          <Fact label={t('pledges.field.statusChangedAt')}>
            {format.dateTime(pledge.statusChangedAt)}
          </Fact>
        </SimpleGrid>
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {(['En', 'Fr'] as const).map((language) => {
          const text = language === 'En' ? pledge.textEn : pledge.textFr;
          return (
            <Card withBorder key={language}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t(`pledges.field.text${language}`)}
              </Text>
              {text ? (
                <Text lang={language.toLowerCase()} style={{ whiteSpace: 'pre-wrap' }}>
                  {text}
                </Text>
              ) : (
                <Text c="dimmed">{t('pledges.page.notGiven')}</Text>
              )}
            </Card>
          );
        })}
      </SimpleGrid>
      <Card withBorder component="section" aria-labelledby="fulfilment-title">
        <Stack>
          <Title order={2} size="h3" id="fulfilment-title">
            {t('pledges.page.fulfilmentTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('pledges.page.fulfilmentHint')}
          </Text>
          <SimpleGrid cols={{ base: 2, md: 5 }} data-testid="pledge-fulfilment">
            <Fact label={t('pledges.fulfilment.percent')}>
              {fulfilment.percent === null || fulfilment.percent === undefined
                ? t('pledges.fulfilment.notMeasurable')
                : format.percentOf100(fulfilment.percent)}
            </Fact>
            <Fact label={t('pledges.fulfilment.deliveredQuantity')}>
              {format.number(fulfilment.deliveredQuantity)}
            </Fact>
            <Fact label={t('pledges.fulfilment.committedQuantity')}>
              {format.number(fulfilment.committedQuantity)}
            </Fact>
            <Fact label={t('pledges.fulfilment.linkedOffers')}>
              {format.number(fulfilment.linkedOffers)}
            </Fact>
            <Fact label={t('pledges.fulfilment.partnerships')}>
              {format.number(fulfilment.partnerships)}
            </Fact>
          </SimpleGrid>
          {fulfilment.percent !== null && fulfilment.percent !== undefined && (
            <Progress
              value={fulfilment.percent}
              aria-label={t('pledges.fulfilment.percent')}
              color="teal.9"
            />
          )}
          <Title order={3} size="h4">
            {t('pledges.page.offersTitle')}
          </Title>
          <PledgeOffersPanel
            pledge={pledge}
            canLink={open && can.linkPledgeOffers(user, pledge)}
            linkableDonors={linkableDonors}
            onChange={reload}
          />
        </Stack>
      </Card>
      <Stack component="section" aria-labelledby="history-title" gap="xs">
        <Title order={2} size="h3" id="history-title">
          {t('pledges.page.historyTitle')}
        </Title>
        <PledgeHistory history={pledge.statusHistory} />
      </Stack>
    </Stack>
  );
}
