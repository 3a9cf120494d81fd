import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { type PledgeFlag } from '../graphql/generated/graphql';

/** Why the pledge needs attention, in words, with what would clear it. */
export function PledgeFlagAlerts({ flags }: { flags: PledgeFlag[] }) {
  const { t } = useTranslation();
  if (!flags.length) return null;
  return (
    <Stack gap="xs" data-testid="pledge-flags">
      {flags.map((flag) => (
        <Alert
          key={flag}
          color="yellow"
          title={t(`pledges.flag.${flag}`)}
          // Mantine's yellow title on its light background reads below 4.5:1.
          styles={{ title: { color: 'var(--mantine-color-dark-7)' } }}
        >
          {t(`pledges.flagExplained.${flag}`)}
        </Alert>
      ))}
    </Stack>
  );
}
