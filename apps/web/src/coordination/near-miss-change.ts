import { type TFunction } from 'i18next';

import { type OfferDiagnosisQuery } from '../graphql/generated/graphql';

type OfferChange = NonNullable<
  NonNullable<OfferDiagnosisQuery['matchDiagnostics']>['offer']
>['nearMisses'][number]['change'];

/** The one change to an offer that would make it serve a gap, in the interface's words. */
export function changeSentence(
  t: TFunction,
  change: OfferChange,
  date: (day: string) => string,
): string {
  if (change.addLanguage)
    return t('coordination.change.addLanguage', {
      language: t(`languageName.${change.addLanguage}`, { defaultValue: change.addLanguage }),
    });
  if (change.addEligible)
    return t('coordination.change.addEligible', { memberState: change.addEligible });
  if (change.availableFrom && change.availableTo)
    return t('coordination.change.window', {
      from: date(change.availableFrom),
      to: date(change.availableTo),
    });
  if (change.availableFrom)
    return t('coordination.change.from', { from: date(change.availableFrom) });
  if (change.availableTo) return t('coordination.change.to', { to: date(change.availableTo) });
  return '—';
}
