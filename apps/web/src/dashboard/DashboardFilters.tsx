import { Button, Group, Paper, SimpleGrid, TagsInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { CATEGORIES, PRIORITIES } from '../common/enums';
import { DayPicker } from '../common/DayPicker';
import { FilterSelect } from '../common/FilterSelect';
import { useEnumOptions } from '../common/use-enum-options';
import { MissionsQuery } from '../gaps/gaps.graphql';
import { M49_REGIONS } from './coverage-labels';
import { type DashboardState } from './dashboard-filters';

interface Props {
  state: DashboardState;
  update: (change: Partial<DashboardState>) => void;
  reset: () => void;
}

/** The filters every panel shares; each change goes to the URL. */
export function DashboardFilters({ state, update, reset }: Props) {
  const { t } = useTranslation();
  const options = useEnumOptions();
  const [missions] = useQuery({ query: MissionsQuery });
  // A region given in the link but not offered (a sub-region) stays visible and removable.
  const regions = [...new Set([...M49_REGIONS, ...state.region])].map((code) => ({
    value: code,
    label: t(`dashboard.region.${code}`, { defaultValue: code }),
  }));
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('dashboard.filters.label')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <DayPicker
          label={t('dashboard.filters.from')}
          value={state.from ?? null}
          onChange={(from) => update({ from: from ?? undefined })}
          clearable
        />
        <DayPicker
          label={t('dashboard.filters.to')}
          value={state.to ?? null}
          onChange={(to) => update({ to: to ?? undefined })}
          clearable
        />
        <FilterSelect
          label={t('dashboard.filters.category')}
          data={options(CATEGORIES, 'Category')}
          value={state.category}
          onChange={(category) => update({ category })}
        />
        <FilterSelect
          label={t('dashboard.filters.mission')}
          data={(missions.data?.missions.edges ?? []).map(({ node }) => ({
            value: node.code,
            label: t(`mission.${node.code}`, { defaultValue: node.code }),
          }))}
          value={state.mission}
          onChange={(mission) => update({ mission })}
        />
        <FilterSelect
          label={t('dashboard.filters.region')}
          data={regions}
          value={state.region}
          onChange={(region) => update({ region })}
        />
        <FilterSelect
          label={t('dashboard.filters.priority')}
          data={options(PRIORITIES, 'Priority')}
          value={state.priority}
          onChange={(priority) => update({ priority })}
        />
        <TagsInput
          clearable
          label={t('dashboard.filters.memberState')}
          description={t('dashboard.filters.memberStateHint')}
          value={state.memberState}
          onChange={(memberState) =>
            update({
              memberState: memberState
                .map((code) => code.trim().toUpperCase())
                .filter((code) => /^[A-Z]{3}$/.test(code)),
            })
          }
        />
        <Group align="flex-end">
          <Button variant="subtle" onClick={reset}>
            {t('list.reset')}
          </Button>
        </Group>
      </SimpleGrid>
    </Paper>
  );
}
