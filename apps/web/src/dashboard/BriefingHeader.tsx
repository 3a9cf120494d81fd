import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../i18n/format';
import { M49_REGIONS } from './coverage-labels';
import { type DashboardState } from './dashboard-filters';

/**
 * Printed above the dashboard only: when the briefing was made and the filters it shows, in
 * words, since the filter form itself is not printed.
 */
export function BriefingHeader({ state }: { state: DashboardState }) {
  const { t } = useTranslation();
  const format = useFormat();
  const parts = [
    state.from || state.to
      ? t('dashboard.briefing.period', { from: format.date(state.from), to: format.date(state.to) })
      : undefined,
    ...(
      [
        ['category', state.category, (value: string) => format.enumLabel('Category', value)],
        ['mission', state.mission, (value: string) => value],
        [
          'region',
          state.region,
          (value: string) =>
            (M49_REGIONS as readonly string[]).includes(value)
              ? t(`dashboard.region.${value}`)
              : value,
        ],
        ['priority', state.priority, (value: string) => format.enumLabel('Priority', value)],
        ['memberState', state.memberState, (value: string) => value],
      ] as const
    ).map(([name, values, label]) =>
      values.length
        ? t('common.labelValue', {
            label: t(`dashboard.filters.${name}`),
            value: values.map(label).join(', '),
          })
        : undefined,
    ),
  ].filter((part): part is string => part !== undefined);
  return (
    <Stack gap={2} className="print-only" data-testid="briefing-header">
      <Text size="sm">
        {t('dashboard.briefing.made', { date: format.dateTime(new Date().toISOString()) })}
      </Text>
      <Text size="sm">{parts.length ? parts.join(' · ') : t('dashboard.briefing.noFilter')}</Text>
    </Stack>
  );
}
