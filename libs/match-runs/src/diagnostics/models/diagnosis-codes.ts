import { registerEnumType } from '@nestjs/graphql';

/** The first hard rule a gap–offer pair fails (libs/matching HARD_RULES, in their order). */
export enum HardRuleCode {
  CAPABILITY = 'CAPABILITY',
  LANGUAGE = 'LANGUAGE',
  DONOR_ITSELF = 'DONOR_ITSELF',
  EXCLUDED = 'EXCLUDED',
  ELIGIBILITY = 'ELIGIBILITY',
  WINDOW = 'WINDOW',
  NO_DEMAND = 'NO_DEMAND',
  NO_CAPACITY = 'NO_CAPACITY',
  DECLINED = 'DECLINED',
}
registerEnumType(HardRuleCode, {
  name: 'HardRule',
  description: 'A hard rule of matching, by the code the web app translates',
  valuesMap: {
    CAPABILITY: { description: 'The offer does not cover the capability (or category)' },
    LANGUAGE: { description: 'No delivery language is one the gap accepts' },
    DONOR_ITSELF: { description: "A donor's offers never serve its own gaps" },
    EXCLUDED: { description: 'The offer excludes the gap’s member state' },
    ELIGIBILITY: {
      description: 'The member state is not among the offer’s eligible countries or regions',
    },
    WINDOW: { description: 'The dates do not overlap' },
    NO_DEMAND: { description: 'Accepted proposals or partnerships already cover the gap' },
    NO_CAPACITY: { description: 'Accepted proposals or partnerships already hold the whole offer' },
    DECLINED: { description: 'The pair was declined before and is never proposed again' },
  },
});

export enum OfferOutcomeCode {
  ALLOCATED = 'ALLOCATED',
  OUTBID = 'OUTBID',
  NOT_NEEDED = 'NOT_NEEDED',
  NOT_CANDIDATE = 'NOT_CANDIDATE',
}
registerEnumType(OfferOutcomeCode, {
  name: 'OfferOutcome',
  description: 'What became of one offer for the gap asked about',
  valuesMap: {
    ALLOCATED: { description: 'The run proposed units of the offer for the gap' },
    OUTBID: {
      description:
        'A candidate, but the optimal allocation gave its units to gaps scoring higher on it',
    },
    NOT_NEEDED: {
      description: 'A candidate that gave nothing because other offers cover the demand',
    },
    NOT_CANDIDATE: { description: 'Not a candidate pair: `rule` says which hard rule it fails' },
  },
});

export enum ScoreCriterion {
  PRIORITY = 'priority',
  URGENCY = 'urgency',
  CAPABILITY = 'capability',
  LANGUAGE = 'language',
  REGION = 'region',
  PARTNERSHIP = 'partnership',
  DELIVERY_MODE = 'deliveryMode',
}
registerEnumType(ScoreCriterion, {
  name: 'ScoreCriterion',
  description: 'A criterion of the score (the fields of ScoreBreakdown)',
});

export enum DiagnosisStatus {
  DIAGNOSED = 'DIAGNOSED',
  NO_RUN = 'NO_RUN',
  NOT_MATCHING = 'NOT_MATCHING',
}
registerEnumType(DiagnosisStatus, {
  name: 'DiagnosisStatus',
  valuesMap: {
    DIAGNOSED: { description: 'Explained against the latest successful run' },
    NO_RUN: { description: 'No match run has succeeded yet' },
    NOT_MATCHING: {
      description:
        'The gap or offer takes no part in matching (a draft, cancelled, withdrawn, closed…)',
    },
  },
});
