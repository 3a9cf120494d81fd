import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { type DuplicationWarningFieldsFragment } from '../graphql/generated/graphql';
import { useFormat } from '../i18n/format';

/**
 * Possible duplicated support on an open proposal (issue 18 point 3): with it, the T/PCC gets or is
 * proposed more units of the capability from two or more donors than it needs over those days.
 * Shown before anyone confirms it; the API decides when it applies.
 */
export function DuplicationAlert({
  warning,
  memberState,
}: {
  warning: DuplicationWarningFieldsFragment;
  memberState: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const hidden = warning.donorCount - warning.donors.length;
  return (
    <Alert
      color="yellow"
      title={t('coordination.duplication.title')}
      // Mantine's yellow title on its light background reads below 4.5:1.
      styles={{ title: { color: 'var(--mantine-color-dark-7)' } }}
      data-testid="duplication"
    >
      {t('coordination.duplication.body', {
        memberState,
        units: format.number(warning.units),
        capability: warning.capability,
        donors: warning.donors.join(', '),
        from: format.date(warning.from),
        to: format.date(warning.to),
        excess: format.number(warning.excess),
        demand: format.number(warning.demand),
      })}
      {hidden > 0 && ' '}
      {hidden > 0 && t('coordination.duplication.otherDonors', { count: hidden })}
    </Alert>
  );
}
