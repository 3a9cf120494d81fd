import { graphql } from '../graphql/generated';

export const DuplicationWarningFields = graphql(`
  fragment DuplicationWarningFields on DuplicationWarning {
    capability
    donors
    donorCount
    units
    demand
    excess
    from
    to
  }
`);
