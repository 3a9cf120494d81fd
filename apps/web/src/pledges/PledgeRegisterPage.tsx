import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { can } from '../auth/permissions';
import { useUser } from '../auth/use-session';
import { CodesInput } from '../common/CodesInput';
import { FilterSelect } from '../common/FilterSelect';
import { FiltersPanel } from '../common/FiltersPanel';
import { PagedList } from '../common/PagedList';
import { useListState } from '../common/use-list-state';
import { useCountryName } from '../dashboard/map/country-name';
import { useFormat } from '../i18n/format';
import { PLEDGE_FLAGS, PLEDGE_KINDS, PLEDGE_STATUS_COLOURS, PLEDGE_STATUSES } from './pledge-enums';
import { ScrollableTable } from './ScrollableTable';
import { pledgeFilterOf, readPledgeListState, writePledgeListState } from './pledge-filters';
import { PledgeText } from './PledgeText';
import { MinisterialsQuery, PledgesQuery } from './pledges.graphql';
import { FulfilmentFigure } from './FulfilmentFigure';

const PAGE_SIZE = 50;

/** The pledges the user may see (donors and T/PCCs: their state's), filtered in the URL. */
export function PledgeRegisterPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const user = useUser();
  const countryName = useCountryName();
  const { state, update, reset, paging } = useListState(readPledgeListState, writePledgeListState);
  const [list] = useQuery({
    query: PledgesQuery,
    variables: { first: PAGE_SIZE, after: state.after, filter: pledgeFilterOf(state) },
  });
  const [ministerials] = useQuery({ query: MinisterialsQuery });
  const pledges = list.data?.pledges;
  const options = (values: readonly string[], key: string) =>
    values.map((value) => ({ value, label: t(`pledges.${key}.${value}`) }));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('pledges.register.title')}</Title>
        <Group gap="sm">
          <Button variant="default" component={Link} to="/ministerials">
            {t('pledges.register.ministerials')}
          </Button>
          <Button variant="default" component={Link} to="/public/pledges">
            {t('pledges.register.publicSummary')}
          </Button>
          {can.recordPledges(user) && (
            <Button component={Link} to="/pledges/new">
              {t('pledges.register.new')}
            </Button>
          )}
        </Group>
      </Group>
      <FiltersPanel label={t('pledges.register.filters')} columns={5} onReset={reset}>
        <FilterSelect
          label={t('pledges.field.ministerial')}
          data={(ministerials.data?.ministerials.edges ?? []).map(({ node }) => ({
            value: node.id,
            label: t('pledges.ministerial.short', {
              city: node.city,
              year: node.heldOn.slice(0, 4),
            }),
          }))}
          value={state.ministerial}
          onChange={(ministerial) => update({ ministerial })}
        />
        {user.role !== 'DONOR' && user.role !== 'TPCC' && (
          <CodesInput
            label={t('pledges.field.state')}
            description={t('pledges.register.iso3Hint')}
            value={state.state}
            onChange={(codes) => update({ state: codes })}
            clearable
          />
        )}
        <FilterSelect
          label={t('pledges.field.status')}
          data={options(PLEDGE_STATUSES, 'status')}
          value={state.status}
          onChange={(status) => update({ status })}
        />
        <FilterSelect
          label={t('pledges.field.kind')}
          data={options(PLEDGE_KINDS, 'kind')}
          value={state.kind}
          onChange={(kind) => update({ kind })}
        />
        <FilterSelect
          label={t('pledges.field.flags')}
          data={options(PLEDGE_FLAGS, 'flag')}
          value={state.flag}
          onChange={(flag) => update({ flag })}
          searchable={false}
        />
      </FiltersPanel>

      <PagedList
        query={list}
        list={pledges}
        count={(pledges) =>
          t('pledges.register.count', {
            count: pledges.totalCount,
            formatted: format.number(pledges.totalCount),
          })
        }
        countTestId="pledge-register-count"
        empty={t('pledges.register.empty')}
        paging={paging}
      >
        {(pledges) => (
          <ScrollableTable minWidth={960}>
            <Table striped highlightOnHover verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('pledges.field.text')}</Table.Th>
                  <Table.Th>{t('pledges.field.ministerial')}</Table.Th>
                  <Table.Th>{t('pledges.field.lead')}</Table.Th>
                  <Table.Th>{t('pledges.field.kind')}</Table.Th>
                  <Table.Th>{t('pledges.field.status')}</Table.Th>
                  <Table.Th ta="right">{t('pledges.field.fulfilment')}</Table.Th>
                  <Table.Th>{t('pledges.field.flags')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pledges.edges.map(({ node: pledge }) => (
                  <Table.Tr key={pledge.id} data-testid="pledge-row">
                    <Table.Td maw={380}>
                      <Anchor component={Link} to={`/pledges/${pledge.id}`} fw={500}>
                        <PledgeText inherit textEn={pledge.textEn} textFr={pledge.textFr} />
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {format.enumLabel('Category', pledge.category)}
                        {pledge.capability && ' · '}
                        {pledge.capability}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/ministerials/${pledge.ministerialId}`}>
                        {t('pledges.ministerial.short', {
                          city: pledge.ministerial.city,
                          year: pledge.ministerial.heldOn.slice(0, 4),
                        })}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {countryName(pledge.leadIso3)}
                      {pledge.joint && (
                        <Text size="xs" c="dimmed">
                          {t('pledges.register.jointWith', {
                            states: pledge.memberIso3s.map(countryName).join(', '),
                          })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`pledges.kind.${pledge.kind}`)}</Table.Td>
                    <Table.Td>
                      <Badge color={PLEDGE_STATUS_COLOURS[pledge.status]} variant="outline">
                        {t(`pledges.status.${pledge.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">
                      <FulfilmentFigure pledge={pledge} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {pledge.flags.map((flag) => (
                          <Badge key={flag} color="red.9" variant="outline">
                            {t(`pledges.flag.${flag}`)}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollableTable>
        )}
      </PagedList>
    </Stack>
  );
}
