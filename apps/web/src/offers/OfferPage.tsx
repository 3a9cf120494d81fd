import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { can } from '../auth/permissions';
import { useUser } from '../auth/use-session';
import { joined } from '../common/join';
import { notify } from '../common/notify';

import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { OfferDiagnosisPanel } from '../coordination/OfferDiagnosisPanel';
import { Fact } from '../common/Fact';
import { STATUS_COLOURS } from '../common/enums';
import { PageLoader } from '../common/PageLoader';
import { apiErrorOf } from '../graphql/errors';
import { useFormat } from '../i18n/format';
import { OfferQuery, OpenOfferMutation, WithdrawOfferMutation } from './offers.graphql';

/** One offer; another donor's offer is "not found", as the API answers null for it. */
export function OfferPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const user = useUser();
  const [{ data, fetching, error }] = useQuery({ query: OfferQuery, variables: { id } });
  const [opening, openOffer] = useMutation(OpenOfferMutation);
  const [withdrawing, withdrawOffer] = useMutation(WithdrawOfferMutation);
  const [withdrawOpened, withdrawModal] = useDisclosure();
  const [reason, setReason] = useState('');
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
  const editable =
    can.editOffers(user) && ['DRAFT', 'OPEN', 'PARTIALLY_ALLOCATED'].includes(offer.status);
  const actionError = apiErrorOf(opening.error ?? withdrawing.error);
  const list = (
    values: string[],
    render: (value: string) => string = (value) => value,
    lowerRest = false,
  ) => (values.length ? joined(values.map(render), { lowerRest }) : t('common.any'));
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Group gap="sm">
          <Title order={1}>{offer.title}</Title>
          <Badge color={STATUS_COLOURS[offer.status]} variant="outline">
            {format.enumLabel('OfferStatus', offer.status)}
          </Badge>
        </Group>
        {editable && (
          <Group>
            <Button component={Link} to={`/offers/${offer.id}/edit`} variant="default">
              {t('common.edit')}
            </Button>
            {offer.status === 'DRAFT' && (
              <Button
                loading={opening.fetching}
                onClick={async () => {
                  const result = await openOffer({ input: { id: offer.id } });
                  if (!result.error) notify(t('offers.page.opened'));
                }}
              >
                {t('offers.page.open')}
              </Button>
            )}
            <Button color="red" variant="light" onClick={withdrawModal.open}>
              {t('offers.page.withdraw')}
            </Button>
          </Group>
        )}
      </Group>
      {actionError && <ApiErrorAlert error={actionError} />}
      {offer.statusReason && (
        <Alert color="gray" title={t('gaps.field.statusReason')}>
          {offer.statusReason}
        </Alert>
      )}
      <Card withBorder data-testid="offer-facts">
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
          <Fact label={t('offers.field.languages')}>
            {list(offer.languages, (code) => t(`languageName.${code}`, { defaultValue: code }))}
          </Fact>
          <Fact label={t('gaps.field.deliveryModes')}>
            {list(offer.deliveryModes, (mode) => format.enumLabel('DeliveryMode', mode), true)}
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
      <OfferDiagnosisPanel offerId={offer.id} />
      <Modal
        opened={withdrawOpened}
        onClose={withdrawModal.close}
        title={t('offers.page.withdrawTitle')}
      >
        <Stack>
          <Textarea
            label={t('gaps.page.cancelReason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            autosize
            minRows={2}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={withdrawModal.close}>
              {t('common.back')}
            </Button>
            <Button
              color="red"
              loading={withdrawing.fetching}
              onClick={async () => {
                const result = await withdrawOffer({
                  input: { id: offer.id, reason: reason.trim() || undefined },
                });
                if (!result.error) withdrawModal.close();
              }}
            >
              {t('offers.page.withdraw')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
