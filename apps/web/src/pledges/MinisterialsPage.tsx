import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { PageLoader } from '../common/PageLoader';
import { useCountryName } from '../dashboard/map/country-name';
import { apiErrorOf } from '../graphql/errors';
import { useFormat } from '../i18n/format';
import { MinisterialsQuery } from './pledges.graphql';

/** The Peacekeeping Ministerials, earliest first, each leading to its requirement list and report. */
export function MinisterialsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const [{ data, fetching, error }] = useQuery({ query: MinisterialsQuery });
  if (error) return <ApiErrorAlert error={apiErrorOf(error)!} />;
  if (!data && fetching) return <PageLoader />;
  const ministerials = data?.ministerials.edges ?? [];
  return (
    <Stack>
      <Title order={1}>{t('pledges.ministerial.listTitle')}</Title>
      <Text>{t('pledges.ministerial.listIntro')}</Text>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('pledges.field.ministerial')}</Table.Th>
            <Table.Th>{t('pledges.ministerial.host')}</Table.Th>
            <Table.Th>{t('pledges.ministerial.dates')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ministerials.map(({ node }) => (
            <Table.Tr key={node.id} data-testid="ministerial-row">
              <Table.Td>
                <Anchor component={Link} to={`/ministerials/${node.id}`} fw={500}>
                  {t('pledges.ministerial.fullName', {
                    year: node.heldOn.slice(0, 4),
                    city: node.city,
                  })}
                </Anchor>
              </Table.Td>
              <Table.Td>{node.hostCountryIso3 ? countryName(node.hostCountryIso3) : '—'}</Table.Td>
              <Table.Td>
                {format.date(node.heldOn)} – {format.date(node.endsOn)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
