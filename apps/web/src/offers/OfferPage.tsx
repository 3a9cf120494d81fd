import { Alert, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';

import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { STATUS_COLOURS } from '../common/enums';
import { PageLoader } from '../common/PageLoader';
import { apiErrorOf } from '../graphql/errors';
import { useFormat } from '../i18n/format';
import { OfferQuery } from './offers.graphql';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}

/** One offer; another donor's offer is "not found", as the API answers null for it. */
export function OfferPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, fetching, error }] = useQuery({ query: OfferQuery, variables: { id } });
  if (error) return <ApiErrorAlert error={apiErrorOf(error)!} />;
  if (!data && fetching) return <PageLoader />;
  const offer = data?.offer;
  if (!offer) {
    return (
      <Alert color="gray" title={t('offers.page.notFoundTitle')}>
        {t('offers.page.notFound')}
      </Alert>
    );
  }
  const list = (values: string[], render: (value: string) => string = (value) => value) =>
    values.length ? values.map(render).join(', ') : t('common.any');
  return (
    <Stack>
      <Group gap="sm">
        <Title order={1}>{offer.title}</Title>
        <Badge color={STATUS_COLOURS[offer.status]} variant="outline">
          {format.enumLabel('OfferStatus', offer.status)}
        </Badge>
      </Group>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Fact label={t('offers.field.donor')}>{offer.donor.name}</Fact>
          <Fact label={t('gaps.field.category')}>
            {format.enumLabel('Category', offer.category)}
          </Fact>
          <Fact label={t('offers.field.capabilities')}>{list(offer.capabilities)}</Fact>
          <Fact label={t('offers.field.window')}>
            {format.date(offer.availableFrom)} – {format.date(offer.availableTo)}
          </Fact>
          <Fact label={t('offers.field.capacity')}>
            {format.number(offer.capacity)}{' '}
            {t(`enum.QuantityUnit.${offer.unit}`, { count: offer.capacity })}
          </Fact>
          <Fact label={t('offers.field.remaining')}>{format.number(offer.remainingCapacity)}</Fact>
          <Fact label={t('offers.field.budget')}>{format.number(offer.budget)}</Fact>
          <Fact label={t('offers.field.costPerUnit')}>{format.number(offer.costPerUnit)}</Fact>
          <Fact label={t('gaps.field.languages')}>
            {list(offer.languages, (code) => t(`languageName.${code}`, { defaultValue: code }))}
          </Fact>
          <Fact label={t('gaps.field.deliveryModes')}>
            {list(offer.deliveryModes, (mode) => format.enumLabel('DeliveryMode', mode))}
          </Fact>
          <Fact label={t('offers.field.eligible')}>{list(offer.eligible)}</Fact>
          <Fact label={t('offers.field.excluded')}>{list(offer.excluded)}</Fact>
        </SimpleGrid>
        {offer.description && (
          <Text mt="md" style={{ whiteSpace: 'pre-wrap' }}>
            {offer.description}
          </Text>
        )}
      </Card>
    </Stack>
  );
}
