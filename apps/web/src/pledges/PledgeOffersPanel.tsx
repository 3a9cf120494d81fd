import { Anchor, Badge, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';

import { RowRemoveCell } from '../common/RowRemoveCell';
import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { STATUS_COLOURS } from '../common/enums';
import { useCountryName } from '../dashboard/map/country-name';
import { apiErrorOf } from '../graphql/errors';
import { type PledgeQuery } from '../graphql/generated/graphql';
import { useFormat } from '../i18n/format';
import {
  LinkableOffersQuery,
  LinkPledgeOfferMutation,
  UnlinkPledgeOfferMutation,
} from './pledges.graphql';
import { ScrollableTable } from './ScrollableTable';

type Pledge = NonNullable<PledgeQuery['pledge']>;

/**
 * The offers that carry the pledge out and their partnerships (what the fulfilment is computed
 * from); who may link picks among the offers of the pledge's states they can see.
 */
export function PledgeOffersPanel({
  pledge,
  canLink,
  linkableDonors,
  onChange,
}: {
  pledge: Pledge;
  canLink: boolean;
  /** The states whose offers may be linked (a donor: its own). */
  linkableDonors: string[];
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const [offerId, setOfferId] = useState<string | null>(null);
  const [linkable] = useQuery({
    query: LinkableOffersQuery,
    variables: { donor: linkableDonors },
    pause: !canLink,
  });
  const [linking, link] = useMutation(LinkPledgeOfferMutation);
  const [unlinking, unlink] = useMutation(UnlinkPledgeOfferMutation);
  const error = apiErrorOf(linking.error ?? unlinking.error);
  const linked = new Set(pledge.offers.map((offer) => offer.id));
  const offers = (linkable.data?.offers.edges ?? [])
    .map(({ node }) => node)
    .filter((offer) => !linked.has(offer.id));
  // Grouped by donor: the chosen value then reads as the offer's title alone (API data).
  const choices = linkableDonors
    .map((iso3) => ({
      group: countryName(iso3),
      items: offers
        .filter((offer) => offer.donorIso3 === iso3)
        .map((offer) => ({ value: offer.id, label: offer.title })),
    }))
    .filter((group) => group.items.length > 0);
  const partnershipsOf = (offer: Pledge['offers'][number]) =>
    offer.proposals.flatMap((proposal) => (proposal.partnership ? [proposal.partnership] : []));

  return (
    <Stack data-testid="pledge-offers">
      {error && <ApiErrorAlert error={error} />}
      {pledge.offers.length === 0 ? (
        <Text c="dimmed">{t('pledges.offers.none')}</Text>
      ) : (
        <ScrollableTable minWidth={720}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pledges.offers.offer')}</Table.Th>
                <Table.Th>{t('pledges.offers.status')}</Table.Th>
                <Table.Th>{t('pledges.offers.partnerships')}</Table.Th>
                {canLink && <Table.Th aria-label={t('pledges.offers.actions')} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pledge.offers.map((offer) => (
                <Table.Tr key={offer.id} data-testid="pledge-offer">
                  <Table.Td>
                    <Anchor component={Link} to={`/offers/${offer.id}`} fw={500}>
                      {offer.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {countryName(offer.donorIso3)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOURS[offer.status]} variant="outline">
                      {format.enumLabel('OfferStatus', offer.status)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {partnershipsOf(offer).length === 0 && (
                      <Text size="sm" c="dimmed">
                        {t('pledges.offers.noPartnership')}
                      </Text>
                    )}
                    {partnershipsOf(offer).map((partnership) => (
                      <Text size="sm" key={partnership.id}>
                        <Anchor component={Link} to={`/partnerships/${partnership.id}`}>
                          {partnership.gap.title}
                        </Anchor>
                        {' · '}
                        {countryName(partnership.gap.memberStateIso3)}
                        {' · '}
                        {t('pledges.offers.delivered', {
                          delivered: format.number(partnership.deliveredQuantity),
                          quantity: format.number(partnership.quantity),
                          unit: t(`enum.QuantityUnit.${offer.unit}`, {
                            count: partnership.quantity,
                          }),
                        })}
                      </Text>
                    ))}
                  </Table.Td>
                  {canLink && (
                    <RowRemoveCell
                      loading={unlinking.fetching}
                      remove={() => unlink({ input: { pledgeId: pledge.id, offerId: offer.id } })}
                      onRemoved={onChange}
                    >
                      {t('pledges.offers.unlink')}
                    </RowRemoveCell>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollableTable>
      )}
      {canLink && (
        <Group align="flex-end">
          <Select
            label={t('pledges.offers.choose')}
            data={choices}
            value={offerId}
            onChange={setOfferId}
            searchable
            nothingFoundMessage={t('pledges.offers.noneToLink')}
            w={420}
            maw="100%"
          />
          <Button
            disabled={!offerId}
            loading={linking.fetching}
            onClick={async () => {
              if (!offerId) return;
              const result = await link({ input: { pledgeId: pledge.id, offerId } });
              if (!result.error) {
                setOfferId(null);
                onChange();
              }
            }}
          >
            {t('pledges.offers.link')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
