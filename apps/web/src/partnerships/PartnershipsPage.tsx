import { Anchor, Badge, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { DataTable } from '../common/DataTable';
import { STATUS_COLOURS } from '../common/enums';
import { PagedList } from '../common/PagedList';
import { usePageCursor } from '../common/use-page-cursor';
import { useFormat } from '../i18n/format';
import { PartnershipsQuery } from './partnerships.graphql';

/** The partnerships the user may see: its own state's for donors and T/PCCs, all for staff. */
export function PartnershipsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const paging = usePageCursor();
  const [list] = useQuery({
    query: PartnershipsQuery,
    variables: { first: 50, after: paging.after },
    requestPolicy: 'cache-and-network',
  });
  const partnerships = list.data?.partnerships;
  return (
    <Stack>
      <Title order={1}>{t('partnerships.title')}</Title>
      <PagedList
        query={list}
        list={partnerships}
        count={(partnerships) => t('partnerships.count', { count: partnerships.totalCount })}
        empty={t('partnerships.empty')}
        paging={paging}
      >
        {(partnerships) => (
          <DataTable
            minWidth={800}
            highlightOnHover
            columns={[
              t('partnerships.field.gap'),
              t('gaps.field.memberState'),
              t('offers.field.donor'),
              t('gaps.field.status'),
              t('partnerships.field.delivery'),
              t('partnerships.field.since'),
            ]}
          >
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
          </DataTable>
        )}
      </PagedList>
    </Stack>
  );
}
