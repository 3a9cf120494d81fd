import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { BREAKDOWN_CRITERIA, type Breakdown } from './breakdown';

/**
 * Why a proposal was made. The API writes its explanation sentence in English only: the English
 * interface shows it; other languages get the same reasons from the score breakdown, in words
 * from the catalogue (strong and weak criteria), so no English sentence appears in French.
 */
export function Explanation({
  explanation,
  breakdown,
}: {
  explanation: string;
  breakdown: Breakdown;
}) {
  const { t, i18n } = useTranslation();
  if (i18n.resolvedLanguage === 'en') {
    return (
      <Text size="sm" data-testid="explanation">
        {explanation}
      </Text>
    );
  }
  const names = (keep: (score: number) => boolean) =>
    BREAKDOWN_CRITERIA.filter((criterion) => keep(breakdown[criterion]))
      .map((criterion) => t(`proposals.criterion.${criterion}`).toLocaleLowerCase(i18n.language))
      .join(', ');
  const strong = names((score) => score >= 0.75);
  const weak = names((score) => score <= 0.25);
  return (
    <Text size="sm" data-testid="explanation">
      {strong && t('proposals.strengths', { criteria: strong })}
      {strong && weak && ' '}
      {weak && t('proposals.weaknesses', { criteria: weak })}
    </Text>
  );
}
