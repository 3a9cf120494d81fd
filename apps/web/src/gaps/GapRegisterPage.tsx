import {
  Anchor,
  Badge,
  Button,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';

import { can } from '../auth/permissions';
import { useUser } from '../auth/use-session';
import {
  CATEGORIES,
  GAP_SORT_FIELDS,
  GAP_STATUSES,
  PRIORITIES,
  PRIORITY_COLOURS,
  STATUS_COLOURS,
} from '../common/enums';
import { DataTable } from '../common/DataTable';
import { CodesInput } from '../common/CodesInput';
import { FilterSelect } from '../common/FilterSelect';
import { FiltersPanel } from '../common/FiltersPanel';
import { LanguagesSelect } from '../common/LanguagesSelect';
import { PagedList } from '../common/PagedList';
import { useEnumOptions } from '../common/use-enum-options';
import { useListState } from '../common/use-list-state';
import { ExportMenu } from '../exports/ExportMenu';
import { useFormat } from '../i18n/format';
import {
  gapFilterOf,
  gapOrderOf,
  type GapListState,
  PAGE_SIZES,
  readGapListState,
  writeGapListState,
} from './gap-filters';
import { GapsQuery, MissionsQuery } from './gaps.graphql';

export function GapRegisterPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const options = useEnumOptions();
  const user = useUser();
  const { state, update, reset, paging } = useListState(readGapListState, writeGapListState);
  const [search, setSearch] = useState(state.search);

  const updateSearch = useDebouncedCallback((value: string) => update({ search: value }), 300);

  const [list] = useQuery({
    query: GapsQuery,
    variables: {
      first: state.size,
      after: state.after,
      filter: gapFilterOf(state),
      orderBy: gapOrderOf(state),
    },
  });
  const [missions] = useQuery({ query: MissionsQuery });
  const gaps = list.data?.gaps;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('gaps.register.title')}</Title>
        <Group gap="sm">
          <ExportMenu list="gaps" filter={gapFilterOf(state)} />
          {can.importGaps(user) && (
            <Button variant="default" component={Link} to="/import?kind=gaps">
              {t('imports.open')}
            </Button>
          )}
          {can.editGaps(user) && (
            <Button component={Link} to="/gaps/new">
              {t('gaps.register.new')}
            </Button>
          )}
        </Group>
      </Group>
      <FiltersPanel
        label={t('gaps.register.filters')}
        columns={4}
        onReset={reset}
        options={
          <>
            <Select
              label={t('list.sortBy')}
              data={GAP_SORT_FIELDS.map((field) => ({
                value: field,
                label: t(`gaps.sort.${field}`),
              }))}
              value={state.sort}
              onChange={(sort) => sort && update({ sort: sort as GapListState['sort'] })}
              allowDeselect={false}
              w={220}
            />
            <Select
              label={t('list.direction')}
              data={[
                { value: '', label: t('list.naturalDirection') },
                { value: 'ASC', label: t('list.ascending') },
                { value: 'DESC', label: t('list.descending') },
              ]}
              value={state.direction ?? ''}
              onChange={(direction) =>
                update({ direction: (direction || undefined) as GapListState['direction'] })
              }
              allowDeselect={false}
              w={200}
            />
            <Select
              label={t('list.pageSize')}
              data={PAGE_SIZES.map(String)}
              value={String(state.size)}
              onChange={(size) => update({ size: Number(size) })}
              allowDeselect={false}
              w={110}
            />
          </>
        }
      >
        <TextInput
          label={t('gaps.field.search')}
          placeholder={t('gaps.register.searchPlaceholder')}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            updateSearch(event.currentTarget.value);
          }}
        />
        <FilterSelect
          label={t('gaps.field.status')}
          data={options(GAP_STATUSES, 'GapStatus')}
          value={state.status}
          onChange={(status) => update({ status })}
        />
        <FilterSelect
          label={t('gaps.field.priority')}
          data={options(PRIORITIES, 'Priority')}
          value={state.priority}
          onChange={(priority) => update({ priority })}
        />
        <FilterSelect
          label={t('gaps.field.category')}
          data={options(CATEGORIES, 'Category')}
          value={state.category}
          onChange={(category) => update({ category })}
        />
        {user.role !== 'TPCC' && (
          <CodesInput
            label={t('gaps.field.memberState')}
            description={t('gaps.register.iso3Hint')}
            value={state.memberState}
            onChange={(memberState) => update({ memberState })}
            clearable
          />
        )}
        <FilterSelect
          label={t('gaps.field.mission')}
          data={(missions.data?.missions.edges ?? []).map(({ node }) => ({
            value: node.code,
            label: t(`mission.${node.code}`, { defaultValue: node.code }),
          }))}
          value={state.mission}
          onChange={(mission) => update({ mission })}
        />
        <CodesInput
          label={t('gaps.field.capability')}
          description={t('gaps.register.capabilityHint')}
          value={state.capability}
          onChange={(capability) => update({ capability })}
          clearable
        />
        <LanguagesSelect
          label={t('gaps.field.languages')}
          value={state.language}
          onChange={(language) => update({ language })}
          clearable
        />
      </FiltersPanel>

      <PagedList
        query={list}
        list={gaps}
        count={(gaps) => t('gaps.register.count', { count: gaps.totalCount })}
        countTestId="gap-register-count"
        empty={t('gaps.register.empty')}
        paging={paging}
      >
        {(gaps) => (
          <DataTable
            minWidth={900}
            highlightOnHover
            verticalSpacing="xs"
            columns={[
              t('gaps.field.title'),
              t('gaps.field.memberState'),
              t('gaps.field.mission'),
              t('gaps.field.category'),
              t('gaps.field.priority'),
              t('gaps.field.status'),
              { label: t('gaps.field.remaining'), right: true },
              t('gaps.field.neededBy'),
            ]}
          >
            {gaps.edges.map(({ node: gap }) => (
              <Table.Tr key={gap.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/gaps/${gap.id}`} fw={500}>
                    {gap.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {gap.capability}
                  </Text>
                </Table.Td>
                <Table.Td>{gap.memberState.name}</Table.Td>
                <Table.Td>
                  {gap.missionCode
                    ? t(`mission.${gap.missionCode}`, { defaultValue: gap.missionCode })
                    : '—'}
                </Table.Td>
                <Table.Td>{format.enumLabel('Category', gap.category)}</Table.Td>
                <Table.Td>
                  <Badge color={PRIORITY_COLOURS[gap.priority]} variant="dot">
                    {format.enumLabel('Priority', gap.priority)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOURS[gap.status]} variant="outline">
                    {format.enumLabel('GapStatus', gap.status)}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">
                  {format.number(gap.remainingQuantity)} / {format.number(gap.quantity)}{' '}
                  {t(`enum.QuantityUnit.${gap.unit}`, { count: gap.quantity })}
                </Table.Td>
                <Table.Td>{format.date(gap.neededBy)}</Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </PagedList>
    </Stack>
  );
}
