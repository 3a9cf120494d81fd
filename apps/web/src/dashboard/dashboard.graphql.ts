import { graphql } from '../graphql/generated';

/** The dashboard's reports (docs/reports.md, "The dashboard"): one query per panel. */

export const CoverageReportQuery = graphql(`
  query DashboardCoverage($by: CoverageDimension!, $filter: GapReportFilter) {
    coverageReport(by: $by, filter: $filter) {
      by
      rows {
        key
        label
        gaps
        demand
        proposed
        confirmed
        delivered
        unmet
        coveredPercent
      }
      totals {
        gaps
        demand
        proposed
        confirmed
        delivered
        unmet
        coveredPercent
      }
    }
  }
`);

export const PersistentGapsQuery = graphql(`
  query DashboardPersistentGaps(
    $filter: GapReportFilter
    $openLongerThanDays: Int
    $unmetInLastRuns: Int
    $first: Int!
  ) {
    persistentGaps(
      filter: $filter
      openLongerThanDays: $openLongerThanDays
      unmetInLastRuns: $unmetInLastRuns
      first: $first
    ) {
      totalCount
      edges {
        node {
          gapId
          title
          memberStateIso3
          memberStateName
          category
          capability
          priority
          demand
          confirmed
          proposed
          unmet
          daysOpen
          runsUnmet
        }
      }
    }
  }
`);

export const DonorSummariesQuery = graphql(`
  query DashboardDonorSummaries($filter: DonorReportFilter) {
    donorSummaries(filter: $filter) {
      donorIso3
      donorName
      offers
      capacity
      reserved
      allocated
      allocatedPercent
      partnerships
      delivered
    }
  }
`);

export const LanguageFitQuery = graphql(`
  query DashboardLanguageFit($filter: GapReportFilter) {
    languageFitReport(language: "fr", filter: $filter) {
      onlyLanguage {
        ...LanguageFitFiguresFields
      }
      alsoOtherLanguages {
        ...LanguageFitFiguresFields
      }
      total {
        ...LanguageFitFiguresFields
      }
      supply {
        offers
        capacity
        remaining
      }
    }
  }

  fragment LanguageFitFiguresFields on LanguageFitFigures {
    gaps
    demand
    confirmed
    confirmedInLanguage
    proposed
    proposedInLanguage
    unmet
    inLanguagePercent
  }
`);

export const PartnershipOutcomesQuery = graphql(`
  query DashboardOutcomes($filter: OutcomeReportFilter, $first: Int!) {
    partnershipOutcomes(filter: $filter, first: $first) {
      totalCount
      summary {
        partnerships
        measured
        improved
        reachedTarget
        averageTargetProgressPercent
      }
      edges {
        node {
          partnershipId
          gapTitle
          capability
          memberStateIso3
          donorIso3
          indicator
          baseline
          target
          after
          measuredOn
          targetProgressPercent
        }
      }
    }
  }
`);

export const GapTrendQuery = graphql(`
  query DashboardTrend($filter: GapReportFilter!) {
    gapTrend(filter: $filter) {
      months {
        month
        opened
        matched
        delivered
      }
      totals {
        opened
        matched
        delivered
      }
    }
  }
`);
