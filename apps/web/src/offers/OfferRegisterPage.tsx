import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { can } from '../auth/permissions';
import { useUser } from '../auth/use-session';
import { useQuery } from 'urql';

import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { STATUS_COLOURS } from '../common/enums';
import { PageLoader } from '../common/PageLoader';
import { ExportMenu } from '../exports/ExportMenu';
import { apiErrorOf } from '../graphql/errors';
import { useFormat } from '../i18n/format';
import { OffersQuery } from './offers.graphql';

/** Offers the user may see: a donor its own state's, coordinators and analysts all. */
export function OfferRegisterPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const after = params.get('after') ?? undefined;
  const [{ data, fetching, error }] = useQuery({
    query: OffersQuery,
    variables: { first: 50, after },
  });
  const offers = data?.offers;
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
      {error && <ApiErrorAlert error={apiErrorOf(error)!} />}
      {!offers && fetching && <PageLoader />}
      {offers && (
        <>
          <Text size="sm" c="dimmed" role="status" data-testid="offer-register-count">
            {t('offers.register.count', { count: offers.totalCount })}
          </Text>
          <Table.ScrollContainer minWidth={800}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('offers.field.title')}</Table.Th>
                  <Table.Th>{t('offers.field.donor')}</Table.Th>
                  <Table.Th>{t('gaps.field.category')}</Table.Th>
                  <Table.Th>{t('gaps.field.status')}</Table.Th>
                  <Table.Th ta="right">{t('offers.field.remaining')}</Table.Th>
                  <Table.Th>{t('offers.field.window')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
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
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {offers.edges.length === 0 && <Text>{t('offers.register.empty')}</Text>}
          <Group>
            <Button variant="default" disabled={!after} onClick={() => setParams({})}>
              {t('list.firstPage')}
            </Button>
            <Button
              variant="default"
              disabled={!offers.pageInfo.hasNextPage}
              onClick={() => setParams({ after: offers.pageInfo.endCursor ?? '' })}
            >
              {t('list.nextPage')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
