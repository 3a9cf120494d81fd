/** The two parties who answer a proposal: the T/PCC with the gap and the donor of the offer. */
export enum ProposalSide {
  TPCC = 'TPCC',
  DONOR = 'DONOR',
}

/** One side's answer to a proposal. */
export enum ProposalResponse {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}
