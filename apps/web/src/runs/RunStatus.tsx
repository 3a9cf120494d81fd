import { Badge, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { STATUS_COLOURS } from '../common/enums';
import { useFormat } from '../i18n/format';

const PHASES = ['loading', 'candidates', 'allocation', 'writing', 'done'];

/** A run's status badge, and while it runs its phase and progress bar. */
export function RunStatus({
  status,
  progress,
  phase,
}: {
  status: string;
  progress: number;
  phase?: string | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const active = status === 'QUEUED' || status === 'RUNNING';
  return (
    <Group gap="xs" wrap="nowrap">
      <Badge color={STATUS_COLOURS[status]} variant="outline" data-testid="run-status">
        {format.enumLabel('MatchRunStatus', status)}
      </Badge>
      {active && (
        <>
          <Progress value={progress} w={100} animated aria-label={t('runs.field.progress')} />
          <Text size="xs" c="dimmed">
            {format.percent(progress / 100)}
            {phase && PHASES.includes(phase) && [' · ', t(`runs.phase.${phase}`)]}
          </Text>
        </>
      )}
    </Group>
  );
}

/**
 * Who started a run: a user's email, or "Automatic" for the worker's runs (it records
 * "automatic: <reason>", an English note with ids and raw statuses, not shown).
 */
export function RequestedBy({ value }: { value: string }) {
  const { t } = useTranslation();
  return <>{value.startsWith('automatic') ? t('runs.automatic') : value}</>;
}
