// The charts' legends and tooltips: loaded with this page only, not in the first download.
import '@mantine/charts/styles.css';
import './print.css';

import { Alert, Box, Button, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { can } from '../auth/permissions';
import { useUser } from '../auth/use-session';
import { BriefingHeader } from './BriefingHeader';
import { CoveragePanel } from './CoveragePanel';
import { DashboardFilters } from './DashboardFilters';
import {
  type DashboardState,
  readDashboardState,
  reportFilterOf,
  trendPeriodOf,
  writeDashboardState,
} from './dashboard-filters';
import { DonorSummariesPanel } from './DonorSummariesPanel';
import { LanguageFitPanel } from './LanguageFitPanel';
import { MapPanel } from './MapPanel';
import { OutcomesPanel } from './OutcomesPanel';
import { PersistentGapsPanel } from './PersistentGapsPanel';
import { TrendPanel } from './TrendPanel';

/**
 * The analysts' dashboard: every report of docs/reports.md under one set of filters (URL); donors
 * and T/PCC officers see it within their scope (the API narrows every figure), without the donor
 * summaries for a T/PCC.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const state = readDashboardState(params);
  const filter = reportFilterOf(state);
  const update = (change: Partial<DashboardState>) =>
    setParams(writeDashboardState({ ...state, ...change }));

  if (!can.seeReports(user)) {
    return (
      <Stack>
        <Title order={1}>{t('dashboard.title')}</Title>
        <Alert color="yellow">{t('dashboard.notForRole')}</Alert>
      </Stack>
    );
  }
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Title order={1}>{t('dashboard.title')}</Title>
        {/* Chromium's "Save as PDF" makes the briefing PDF, with the print stylesheet. */}
        <Button variant="default" className="no-print" onClick={() => window.print()}>
          {t('dashboard.briefing.print')}
        </Button>
      </Group>
      <BriefingHeader state={state} />
      <Box className="no-print">
        <DashboardFilters
          state={state}
          update={update}
          reset={() => setParams(new URLSearchParams())}
        />
      </Box>
      <MapPanel
        filter={filter}
        withCapacity={can.seeDonorSummaries(user)}
        onSelectMemberState={(iso3) => update({ memberState: [iso3] })}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" className="dashboard-grid">
        <CoveragePanel by="CATEGORY" filter={filter} />
        <CoveragePanel by="MISSION" filter={filter} />
        <CoveragePanel by="REGION" filter={filter} />
        <CoveragePanel by="PRIORITY" filter={filter} />
        <TrendPanel filter={filter} period={trendPeriodOf(state)} />
        <LanguageFitPanel filter={filter} />
      </SimpleGrid>
      <PersistentGapsPanel filter={filter} state={state} update={update} />
      {can.seeDonorSummaries(user) && <DonorSummariesPanel filter={filter} />}
      <OutcomesPanel filter={filter} />
    </Stack>
  );
}
