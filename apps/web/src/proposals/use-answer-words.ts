import { useTranslation } from 'react-i18next';

import { type ProposalResponse } from '../graphql/generated/graphql';
import { useFormat } from '../i18n/format';

/** Each side's answer to a proposal in words ("T/PCC answer: Accepted"), as its cards show it. */
export function useAnswerWords() {
  const { t } = useTranslation();
  const format = useFormat();
  const answer = (label: string, response: ProposalResponse) =>
    t('common.labelValue', { label, value: format.enumLabel('ProposalResponse', response) });
  return {
    tpcc: (response: ProposalResponse) => answer(t('proposals.tpccAnswer'), response),
    donor: (response: ProposalResponse) => answer(t('proposals.donorAnswer'), response),
  };
}
