import { Alert, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { can } from '../auth/permissions';
import { useUser } from '../auth/use-session';
import { joined } from '../common/join';
import { notify } from '../common/notify';

import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { OfferDiagnosisPanel } from '../coordination/OfferDiagnosisPanel';
import { Fact } from '../common/Fact';
import { STATUS_COLOURS } from '../common/enums';
import { ReasonModal } from '../common/ReasonModal';
import { RecordActions } from '../common/RecordActions';
import { RecordFallback } from '../common/RecordFallback';
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
  const offer = data?.offer;
  if (error || !offer) {
    return (
      <RecordFallback
        error={error}
        loading={!data && fetching}
        notFoundTitle={t('offers.page.notFoundTitle')}
        notFound={t('offers.page.notFound')}
      />
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
          <RecordActions
            editPath={`/offers/${offer.id}/edit`}
            draft={offer.status === 'DRAFT'}
            openLabel={t('offers.page.open')}
            opening={opening.fetching}
            onOpen={async () => {
              const result = await openOffer({ input: { id: offer.id } });
              if (!result.error) notify(t('offers.page.opened'));
            }}
            endLabel={t('offers.page.withdraw')}
            onEnd={withdrawModal.open}
          />
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
      <ReasonModal
        opened={withdrawOpened}
        onClose={withdrawModal.close}
        subject={offer.id}
        title={t('offers.page.withdrawTitle')}
        reasonLabel={t('gaps.page.cancelReason')}
        autoFocusReason
        confirmLabel={t('offers.page.withdraw')}
        confirming={withdrawing.fetching}
        onConfirm={async (reason) => {
          const result = await withdrawOffer({
            input: { id: offer.id, reason },
          });
          if (!result.error) withdrawModal.close();
        }}
      />
    </Stack>
  );
}
