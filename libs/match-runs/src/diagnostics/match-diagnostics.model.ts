import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';

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

@ObjectType({ description: 'Units of an offer the run gave to a gap, with that pair’s score' })
export class DiagnosisAllocation {
  @Field(() => ID, {
    nullable: true,
    description: 'null for a gap you may not see (another T/PCC’s)',
  })
  gapId: string | null;

  @Field(() => String, { nullable: true, description: 'ISO3; null for a gap you may not see' })
  memberState: string | null;

  @Field(() => Int) quantity: number;
  @Field(() => Float) score: number;
}

@ObjectType({
  description: 'A single change of one score criterion that alone would make the gap win',
})
export class DiagnosisScoreChange {
  @Field(() => ScoreCriterion) criterion: ScoreCriterion;
  @Field(() => Float, { description: 'The pair’s score with this criterion at its best' })
  score: number;
  @Field(() => String, { description: 'In English' })
  explanation: string;
}

@ObjectType({ description: 'One offer of the gap’s category, and what became of it for the gap' })
export class OfferVerdict {
  @Field(() => ID) offerId: string;
  @Field(() => String, { description: 'The donor, ISO3' }) donor: string;
  @Field(() => OfferOutcomeCode) outcome: OfferOutcomeCode;

  @Field(() => HardRuleCode, {
    nullable: true,
    description: 'For NOT_CANDIDATE: the first rule failed',
  })
  rule: HardRuleCode | null;

  @Field(() => Int, { description: 'Units the run proposed of this offer for the gap' })
  quantity: number;

  @Field(() => Float, { nullable: true, description: 'The pair’s score, when a candidate' })
  score: number | null;

  @Field(() => [DiagnosisAllocation], {
    description: 'For OUTBID: the gaps that got the offer’s units instead, highest score first',
  })
  competition: DiagnosisAllocation[];

  @Field(() => Float, {
    nullable: true,
    description:
      'For OUTBID: the gap gets units of this offer if, and only if, its score is above this',
  })
  scoreNeeded: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'For OUTBID: with this many more units (capacity or budget) the offer would serve the gap too',
  })
  capacityMissing: number | null;

  @Field(() => [DiagnosisScoreChange], {
    description: 'For OUTBID: single changes to the gap that alone would lift it above scoreNeeded',
  })
  scoreChanges: DiagnosisScoreChange[];

  @Field(() => String, { description: 'In English; the web app renders the codes and numbers' })
  explanation: string;
}

@ObjectType({ description: 'Why a gap got what it got in the latest run' })
export class GapDiagnosis {
  @Field(() => ID) gapId: string;
  @Field(() => Int, { description: 'Demand left to cover when the run started' }) demand: number;
  @Field(() => Int, { description: 'Units the run proposed for it' }) allocated: number;
  @Field(() => Int) unmet: number;
  @Field(() => [OfferVerdict], { description: 'Every open offer of its category' })
  offers: OfferVerdict[];
}

@ObjectType({ description: 'The change to an offer that would make it a candidate for a gap' })
export class DiagnosisOfferChange {
  @Field(() => String, { nullable: true, description: 'Add this delivery language (ISO 639-1)' })
  addLanguage: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Open the offer to this member state (ISO3)',
  })
  addEligible: string | null;
  @Field(() => String, { nullable: true, description: 'Be available from this day' })
  availableFrom: string | null;
  @Field(() => String, { nullable: true, description: 'Be available until this day' })
  availableTo: string | null;
}

@ObjectType({
  description: 'A gap with demand left that the offer would serve if one condition changed',
})
export class NearMiss {
  @Field(() => ID) gapId: string;
  @Field(() => String, { description: 'ISO3' }) memberState: string;
  @Field(() => String) capability: string;
  @Field(() => String) priority: string;
  @Field(() => HardRuleCode, {
    description: 'The one rule the pair fails: LANGUAGE, ELIGIBILITY or WINDOW',
  })
  rule: HardRuleCode;
  @Field(() => DiagnosisOfferChange) change: DiagnosisOfferChange;
  @Field(() => Int, { description: 'The gap’s unmet demand this offer could help cover' })
  demand: number;
  @Field(() => String, { description: 'In English' }) explanation: string;
}

@ObjectType({ description: 'A candidate gap with demand left that got nothing from the offer' })
export class UnservedCandidate {
  @Field(() => ID) gapId: string;
  @Field(() => String) memberState: string;
  @Field(() => Float) score: number;
  @Field(() => Int) unmet: number;
}

@ObjectType({ description: 'How many gaps of the offer’s category fail this rule first' })
export class RuleCount {
  @Field(() => HardRuleCode) rule: HardRuleCode;
  @Field(() => Int) gaps: number;
}

@ObjectType({ description: 'What became of an offer in the latest run' })
export class OfferDiagnosis {
  @Field(() => ID) offerId: string;
  @Field(() => Int, { description: 'Usable capacity when the run started' }) capacity: number;
  @Field(() => Int) allocated: number;
  @Field(() => Int) unused: number;
  @Field(() => [DiagnosisAllocation]) allocations: DiagnosisAllocation[];
  @Field(() => [UnservedCandidate]) unservedCandidates: UnservedCandidate[];
  @Field(() => [RuleCount]) notCandidates: RuleCount[];
  @Field(() => [NearMiss], { description: 'Most pressing first (priority, then demand)' })
  nearMisses: NearMiss[];
}

@ObjectType({ description: 'Why a gap or an offer got what it got in the latest successful run' })
export class MatchDiagnostics {
  @Field(() => DiagnosisStatus) status: DiagnosisStatus;

  @Field(() => ID, { nullable: true, description: 'The latest successful run' })
  runId: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true }) runFinishedAt: Date | null;

  @Field(() => Boolean, {
    description:
      'False when the data changed since the run so that its allocation no longer fits: a new run will differ',
  })
  consistent: boolean;

  @Field(() => [String], { description: 'Why it is not consistent, in English' })
  problems: string[];

  @Field(() => String, { description: 'One paragraph, in English' })
  summary: string;

  @Field(() => GapDiagnosis, { nullable: true, description: 'When asked for a gap' })
  gap: GapDiagnosis | null;

  @Field(() => OfferDiagnosis, { nullable: true, description: 'When asked for an offer' })
  offer: OfferDiagnosis | null;
}
