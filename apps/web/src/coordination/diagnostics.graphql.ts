import { graphql } from '../graphql/generated';

export const GapDiagnosisQuery = graphql(`
  query GapDiagnosis($gapId: ID!) {
    matchDiagnostics(gapId: $gapId) {
      status
      consistent
      runId
      runFinishedAt
      gap {
        demand
        allocated
        unmet
        offers {
          offerId
          donor
          outcome
          rule
          quantity
          score
          scoreNeeded
          capacityMissing
          competition {
            gapId
            memberState
            quantity
            score
          }
          scoreChanges {
            criterion
            score
          }
          offer {
            id
            title
            languages
            availableFrom
            availableTo
            donor {
              name
            }
          }
        }
      }
    }
  }
`);

export const OfferDiagnosisQuery = graphql(`
  query OfferDiagnosis($offerId: ID!) {
    matchDiagnostics(offerId: $offerId) {
      status
      consistent
      runId
      runFinishedAt
      offer {
        capacity
        allocated
        unused
        notCandidates {
          rule
          gaps
        }
        unservedCandidates {
          gapId
          memberState
          score
          unmet
        }
        nearMisses {
          gapId
          memberState
          capability
          priority
          demand
          rule
          change {
            addEligible
            addLanguage
            availableFrom
            availableTo
          }
        }
      }
    }
  }
`);
