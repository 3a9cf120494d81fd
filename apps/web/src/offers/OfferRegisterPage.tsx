import { Anchor, Badge, Button, Group, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { can } from '../auth/permissions';
import { useUser } from '../auth/use-session';
import { useQuery } from 'urql';

import { DataTable } from '../common/DataTable';
import { STATUS_COLOURS } from '../common/enums';
import { PagedList } from '../common/PagedList';
import { usePageCursor } from '../common/use-page-cursor';
import { ExportMenu } from '../exports/ExportMenu';
import { useFormat } from '../i18n/format';
import { OffersQuery } from './offers.graphql';

/** Offers the user may see: a donor its own state's, coordinators and analysts all. */
export function OfferRegisterPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const user = useUser();
  const paging = usePageCursor();
  const [list] = useQuery({
    query: OffersQuery,
    variables: { first: 50, after: paging.after },
  });
  const offers = list.data?.offers;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('offers.register.title')}</Title>
        <Group gap="sm">
          {/* The register has no filter yet: the export holds every offer the user sees. */}
          <ExportMenu list="offers" filter={{}} />
          {can.importOffers(user) && (
            <Button variant="default" component={Link} to="/import?kind=offers">
              {t('imports.open')}
            </Button>
          )}
          {can.editOffers(user) && (
            <Button component={Link} to="/offers/new">
              {t('offers.register.new')}
            </Button>
          )}
        </Group>
      </Group>
      <PagedList
        query={list}
        list={offers}
        count={(offers) => t('offers.register.count', { count: offers.totalCount })}
        countTestId="offer-register-count"
        empty={t('offers.register.empty')}
        paging={paging}
      >
        {(offers) => (
          <DataTable
            minWidth={800}
            highlightOnHover
            columns={[
              t('offers.field.title'),
              t('offers.field.donor'),
              t('gaps.field.category'),
              t('gaps.field.status'),
              { label: t('offers.field.remaining'), right: true },
              t('offers.field.window'),
            ]}
          >
            {offers.edges.map(({ node: offer }) => (
              <Table.Tr key={offer.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/offers/${offer.id}`} fw={500}>
                    {offer.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{offer.donor.name}</Table.Td>
                <Table.Td>{format.enumLabel('Category', offer.category)}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOURS[offer.status]} variant="outline">
                    {format.enumLabel('OfferStatus', offer.status)}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">
                  {format.number(offer.remainingCapacity)} / {format.number(offer.capacity)}{' '}
                  {t(`enum.QuantityUnit.${offer.unit}`, { count: offer.capacity })}
                </Table.Td>
                <Table.Td>
                  {format.date(offer.availableFrom)} – {format.date(offer.availableTo)}
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </PagedList>
    </Stack>
  );
}
