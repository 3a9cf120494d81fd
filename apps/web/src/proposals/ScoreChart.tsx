import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';

import { useFormat } from '../i18n/format';
import { BREAKDOWN_CRITERIA, type Breakdown } from './breakdown';

/** A proposal's score breakdown: one bar per criterion, each in [0, 1]. */
export function ScoreChart({ breakdown }: { breakdown: Breakdown }) {
  const { t } = useTranslation();
  const format = useFormat();
  const data = BREAKDOWN_CRITERIA.map((criterion) => ({
    criterion: t(`proposals.criterion.${criterion}`),
    score: Math.round(breakdown[criterion] * 100) / 100,
  }));
  return (
    <BarChart
      h={230}
      data={data}
      dataKey="criterion"
      orientation="vertical"
      yAxisProps={{ width: 130, interval: 0 }}
      xAxisProps={{ domain: [0, 1] }}
      series={[{ name: 'score', label: t('proposals.score'), color: 'blue.6' }]}
      valueFormatter={(value) => format.percent(value)}
      withTooltip={false}
      withBarValueLabel
      gridAxis="none"
    />
  );
}
