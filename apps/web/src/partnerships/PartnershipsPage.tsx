import { Anchor, Badge, Button, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';

import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { STATUS_COLOURS } from '../common/enums';
import { PageLoader } from '../common/PageLoader';
import { apiErrorOf } from '../graphql/errors';
import { useFormat } from '../i18n/format';
import { PartnershipsQuery } from './partnerships.graphql';

/** The partnerships the user may see: its own state's for donors and T/PCCs, all for staff. */
export function PartnershipsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const after = params.get('after') ?? undefined;
  const [{ data, fetching, error }] = useQuery({
    query: PartnershipsQuery,
    variables: { first: 50, after },
    requestPolicy: 'cache-and-network',
  });
  const partnerships = data?.partnerships;
  return (
    <Stack>
      <Title order={1}>{t('partnerships.title')}</Title>
      {error && <ApiErrorAlert error={apiErrorOf(error)!} />}
      {!partnerships && fetching && <PageLoader />}
      {partnerships && (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('partnerships.count', { count: partnerships.totalCount })}
          </Text>
          <Table.ScrollContainer minWidth={800}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('partnerships.field.gap')}</Table.Th>
                  <Table.Th>{t('gaps.field.memberState')}</Table.Th>
                  <Table.Th>{t('offers.field.donor')}</Table.Th>
                  <Table.Th>{t('gaps.field.status')}</Table.Th>
                  <Table.Th>{t('partnerships.field.delivery')}</Table.Th>
                  <Table.Th>{t('partnerships.field.since')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {partnerships.edges.map(({ node }) => (
                  <Table.Tr key={node.id} data-testid="partnership-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/partnerships/${node.id}`} fw={500}>
                        {node.gap.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{node.gap.memberState.name}</Table.Td>
                    <Table.Td>{node.offer.donor.name}</Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLOURS[node.status]} variant="outline">
                        {format.enumLabel('PartnershipStatus', node.status)}
                      </Badge>
                    </Table.Td>
                    <Table.Td miw={180}>
                      <Text size="sm">
                        {t('partnerships.delivered', {
                          delivered: format.number(node.deliveredQuantity),
                          quantity: format.number(node.quantity),
                        })}
                      </Text>
                      <Progress
                        value={(100 * node.deliveredQuantity) / Math.max(node.quantity, 1)}
                        aria-label={t('partnerships.field.delivery')}
                        size="sm"
                      />
                    </Table.Td>
                    <Table.Td>{format.date(node.createdAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {partnerships.edges.length === 0 && <Text>{t('partnerships.empty')}</Text>}
          <Group>
            <Button variant="default" disabled={!after} onClick={() => setParams({})}>
              {t('list.firstPage')}
            </Button>
            <Button
              variant="default"
              disabled={!partnerships.pageInfo.hasNextPage}
              onClick={() => setParams({ after: partnerships.pageInfo.endCursor ?? '' })}
            >
              {t('list.nextPage')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
