import { graphql } from '../../graphql/generated';

/** Demand mode: open demand (demand − confirmed) per T/PCC. */
export const MapOpenDemandQuery = graphql(`
  query MapOpenDemand($filter: GapReportFilter) {
    openDemandByMemberState(filter: $filter) {
      memberStateIso3
      open
    }
  }
`);

/** Capacity mode: offered capacity per donor. */
export const MapDonorCapacityQuery = graphql(`
  query MapDonorCapacity($filter: DonorReportFilter) {
    donorSummaries(filter: $filter) {
      donorIso3
      capacity
    }
  }
`);
