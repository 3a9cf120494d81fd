import { type TFunction } from 'i18next';

import { type HardRule } from '../graphql/generated/graphql';

/** What a rule's sentence may name: the offer's side and the gap's side of the pair. */
export interface RuleFacts {
  offerLanguages: string;
  gapLanguages: string;
  offerWindow: string;
  gapWindow: string;
  memberState: string;
  capability: string;
}

/**
 * The hard rule a pair fails, in the interface's words. The API's explanation is English only;
 * the code and the two records say the same in any language.
 */
export function ruleSentence(t: TFunction, rule: HardRule, facts: RuleFacts): string {
  return t(`coordination.rule.${rule}`, { ...facts });
}
