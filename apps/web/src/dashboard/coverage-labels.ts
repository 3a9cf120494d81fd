import { type TFunction } from 'i18next';

import { type CoverageDimension } from '../graphql/generated/graphql';

/** The M49 regions the filter offers (their names are in the catalogue, dashboard.region.*). */
export const M49_REGIONS = ['002', '019', '142', '150', '009'] as const;

/**
 * A coverage row's label in the interface's language: categories and priorities from their
 * enum labels, missions and regions from the catalogue (the API's label, in English, when the
 * catalogue has none), gaps without a mission as "No mission".
 */
export function coverageLabel(
  t: TFunction,
  by: CoverageDimension,
  key: string | null | undefined,
  apiLabel: string,
): string {
  if (key === null || key === undefined) return t('dashboard.coverage.noMission');
  switch (by) {
    case 'CATEGORY':
      return t(`enum.Category.${key}`);
    case 'PRIORITY':
      return t(`enum.Priority.${key}`);
    case 'MISSION':
      return t(`mission.${key}`, { defaultValue: key });
    case 'REGION':
      return t(`dashboard.region.${key}`, { defaultValue: apiLabel });
    default:
      return apiLabel;
  }
}
