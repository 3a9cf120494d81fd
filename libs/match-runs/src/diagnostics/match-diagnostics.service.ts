import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';

import { BadInputError } from '@app/common';
import {
  GapStatus,
  MATCHABLE_GAP_STATUSES,
  MATCHABLE_OFFER_STATUSES,
  MatchRunStatus,
  OfferStatus,
  PartnershipStatus,
  ProposalStatus,
} from '@app/domain';
import { CapabilityGap, GapPolicy } from '@app/gaps';
import {
  type AllocatedUnits,
  type Competitor,
  diagnoseGap,
  diagnoseOffer,
  type MatchInstance,
  type MatchPartnership,
  validateWeights,
} from '@app/matching';
import { Offer, OfferPolicy } from '@app/offers';
import { type Actor, type RequestContext } from '@app/request-context';

import { toMatchGap, toMatchOffer } from '../match-instance.loader';
import { MatchRun } from '../match-run.entity';
import { type MatchDiagnosticsArgs } from './match-diagnostics.args';
import {
  type DiagnosisAllocation,
  DiagnosisStatus,
  type HardRuleCode,
  type MatchDiagnostics,
  type OfferOutcomeCode,
  type ScoreCriterion,
} from './models';
import { MatchDiagnosticsPolicy } from './match-diagnostics.policy';

/**
 * Gaps and offers a diagnosis loads: those that take part in matching and, so that NO_DEMAND and
 * NO_CAPACITY can show, those filled since (MATCHED, FULLY_ALLOCATED).
 */
const DIAGNOSED_GAP_STATUSES = [...MATCHABLE_GAP_STATUSES, GapStatus.MATCHED];
const DIAGNOSED_OFFER_STATUSES = [...MATCHABLE_OFFER_STATUSES, OfferStatus.FULLY_ALLOCATED];

/** How a gap the caller may not see is named (a T/PCC sees only its own gaps). */
const HIDDEN_GAP = "another T/PCC's gap";

/**
 * `matchDiagnostics`: explains the latest successful run for one gap or one offer with the
 * engine's own diagnostics (libs/matching diagnoseGap / diagnoseOffer), on the run's instance as
 * nearly as the database can give it back.
 */
@Injectable()
export class MatchDiagnosticsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Null when the gap or offer is missing or not the caller's to see (as `gap` and `offer`). */
  async diagnose(
    ctx: RequestContext,
    args: MatchDiagnosticsArgs,
  ): Promise<MatchDiagnostics | null> {
    const gapId = args.gapId ?? null;
    const offerId = args.offerId ?? null;
    if ((gapId === null) === (offerId === null)) {
      throw new BadInputError(
        gapId === null ? 'gapId' : 'offerId',
        gapId === null
          ? 'gapId: give the gap (gapId) or the offer (offerId) to explain'
          : 'offerId: give either gapId or offerId, not both',
      );
    }
    const actor = ctx.actorToCheck();
    MatchDiagnosticsPolicy.assertCanAsk(actor, gapId ? 'gap' : 'offer');
    // One snapshot: the run's proposals and the quantities they are added back to agree.
    return this.dataSource.transaction('REPEATABLE READ', (manager) =>
      gapId ? this.forGap(manager, actor, gapId) : this.forOffer(manager, actor, offerId!),
    );
  }

  private async forGap(
    manager: EntityManager,
    actor: Actor | null,
    gapId: string,
  ): Promise<MatchDiagnostics | null> {
    const gap = await manager.findOneBy(CapabilityGap, { id: gapId });
    if (!gap || (actor && !GapPolicy.canSee(actor, gap))) return null;
    const run = await latestRun(manager);
    if (!run) return noRun();
    if (!DIAGNOSED_GAP_STATUSES.includes(gap.status))
      return notMatching(run, `The gap is ${gap.status}: only open gaps take part in matching.`);
    const { instance, allocations } = await this.runInstance(manager, run, gap.category);
    const name = (memberState: string) => MatchDiagnosticsPolicy.mayName(actor, memberState);
    const result = diagnoseGap(instance, allocations, gap.id, {
      competitorName: (c) => (name(c.memberState) ? `${c.gapId} (${c.memberState})` : HIDDEN_GAP),
    })!;
    const problems = visibleProblems(result.problems, instance, name);
    if (gap.createdAt > run.startedAt!)
      problems.unshift('The gap was logged after the latest run; the next run will consider it.');
    return {
      ...runFields(run),
      consistent: problems.length === 0,
      problems,
      summary: result.summary,
      gap: {
        gapId: result.gapId,
        demand: result.demand,
        allocated: result.allocated,
        unmet: result.unmet,
        offers: result.offers.map((verdict) => ({
          offerId: verdict.offerId,
          donor: verdict.donor,
          outcome: verdict.outcome as OfferOutcomeCode,
          rule: verdict.rule as HardRuleCode | null,
          quantity: verdict.quantity,
          score: verdict.score,
          competition: verdict.competition.map((c) => allocationFor(c, name)),
          scoreNeeded: verdict.scoreNeeded,
          capacityMissing: verdict.extraCapacityNeeded,
          scoreChanges: verdict.scoreChanges.map((change) => ({
            criterion: change.criterion as ScoreCriterion,
            score: change.score,
            explanation: change.explanation,
          })),
          explanation: verdict.explanation,
        })),
      },
      offer: null,
    };
  }

  private async forOffer(
    manager: EntityManager,
    actor: Actor | null,
    offerId: string,
  ): Promise<MatchDiagnostics | null> {
    const offer = await manager.findOneBy(Offer, { id: offerId });
    if (!offer || (actor && !OfferPolicy.canSee(actor, offer))) return null;
    const run = await latestRun(manager);
    if (!run) return noRun();
    if (!DIAGNOSED_OFFER_STATUSES.includes(offer.status))
      return notMatching(
        run,
        `The offer is ${offer.status}: only open offers take part in matching.`,
      );
    const { instance, allocations } = await this.runInstance(manager, run, offer.category);
    const result = diagnoseOffer(instance, allocations, offer.id)!;
    const problems = [...result.problems];
    if (offer.createdAt > run.startedAt!)
      problems.unshift('The offer was posted after the latest run; the next run will consider it.');
    return {
      ...runFields(run),
      consistent: problems.length === 0,
      problems,
      summary: result.summary,
      gap: null,
      offer: {
        offerId: result.offerId,
        capacity: result.capacity,
        allocated: result.allocated,
        unused: result.unused,
        allocations: result.allocations.map((c) => allocationFor(c, () => true)),
        unservedCandidates: result.unservedCandidates,
        notCandidates: result.notCandidates.map((count) => ({
          rule: count.rule as HardRuleCode,
          gaps: count.gaps,
        })),
        nearMisses: result.nearMisses.map((miss) => ({
          ...miss,
          rule: miss.rule as HardRuleCode,
        })),
      },
    };
  }

  /**
   * One category of the run's instance, rebuilt from the current rows: the run's weights and day,
   * the partnerships that existed when it started, and each gap's demand and offer's capacity as
   * now, plus what the run's own proposals accepted or confirmed since reserve (they were free when
   * it ran). Gaps and offers with nothing left are kept, so NO_DEMAND and NO_CAPACITY show.
   */
  async runInstance(
    manager: EntityManager,
    run: MatchRun,
    category: string,
  ): Promise<{ instance: MatchInstance; allocations: AllocatedUnits[] }> {
    const gaps = await manager.find(CapabilityGap, {
      where: { category: category as never, status: In(DIAGNOSED_GAP_STATUSES) },
    });
    const offers = await manager.find(Offer, {
      where: { category: category as never, status: In(DIAGNOSED_OFFER_STATUSES) },
    });
    const proposals = await manager.query<
      { gap_id: string; offer_id: string; quantity: number; status: ProposalStatus }[]
    >(
      `SELECT p.gap_id, p.offer_id, p.quantity, p.status
         FROM proposals p JOIN offers o ON o.id = p.offer_id
        WHERE p.run_id = $1 AND o.category = $2`,
      [run.id, category],
    );
    const declined = await manager.query<{ gap_id: string; offer_id: string }[]>(
      `SELECT p.gap_id, p.offer_id
         FROM proposals p JOIN offers o ON o.id = p.offer_id
        WHERE p.status = $1 AND o.category = $2`,
      [ProposalStatus.DECLINED, category],
    );
    const partnerships = await partnershipsAt(manager, run.startedAt!);

    const addedToGap = new Map<string, number>();
    const addedToOffer = new Map<string, number>();
    for (const proposal of proposals) {
      if (
        proposal.status !== ProposalStatus.ACCEPTED &&
        proposal.status !== ProposalStatus.CONFIRMED
      )
        continue;
      addedToGap.set(proposal.gap_id, (addedToGap.get(proposal.gap_id) ?? 0) + proposal.quantity);
      addedToOffer.set(
        proposal.offer_id,
        (addedToOffer.get(proposal.offer_id) ?? 0) + proposal.quantity,
      );
    }
    const declinedByGap = new Map<string, string[]>();
    for (const { gap_id, offer_id } of declined)
      declinedByGap.set(gap_id, [...(declinedByGap.get(gap_id) ?? []), offer_id]);

    return {
      instance: {
        asOf: run.startedAt!.toISOString().slice(0, 10),
        weights: validateWeights(run.weights, `matchRun(${run.id}).weights`),
        partnerships,
        gaps: gaps.map((gap) => {
          const matchGap = toMatchGap(gap, declinedByGap.get(gap.id) ?? []);
          return { ...matchGap, quantity: matchGap.quantity + (addedToGap.get(gap.id) ?? 0) };
        }),
        offers: offers.map((offer) => {
          const matchOffer = toMatchOffer(offer);
          const added = addedToOffer.get(offer.id) ?? 0;
          return {
            ...matchOffer,
            capacity: matchOffer.capacity + added,
            budget:
              matchOffer.budget === null || matchOffer.budget === undefined
                ? matchOffer.budget
                : matchOffer.budget + (offer.costPerUnit ?? 0) * added,
          };
        }),
      },
      allocations: proposals.map((proposal) => ({
        gapId: proposal.gap_id,
        offerId: proposal.offer_id,
        quantity: proposal.quantity,
      })),
    };
  }
}

async function latestRun(manager: EntityManager): Promise<MatchRun | null> {
  return manager.findOne(MatchRun, {
    where: { status: MatchRunStatus.SUCCEEDED },
    order: { finishedAt: 'DESC', id: 'DESC' },
  });
}

/** Pairs of states with a partnership when the run started (ACTIVE: existing; COMPLETED: past). */
async function partnershipsAt(manager: EntityManager, at: Date): Promise<MatchPartnership[]> {
  const rows = await manager.query<{ donor: string; member_state: string; active: boolean }[]>(
    `SELECT o.donor_iso3 AS donor, g.member_state_iso3 AS member_state,
            bool_or(p.status = $1) AS active
       FROM partnerships p
       JOIN offers o ON o.id = p.offer_id
       JOIN capability_gaps g ON g.id = p.gap_id
      WHERE p.created_at <= $2
      GROUP BY o.donor_iso3, g.member_state_iso3
      ORDER BY 1, 2`,
    [PartnershipStatus.ACTIVE, at],
  );
  return rows.map((row) => ({
    donor: row.donor,
    memberState: row.member_state,
    kind: row.active ? 'EXISTING' : 'PAST',
  }));
}

function runFields(run: MatchRun) {
  return { status: DiagnosisStatus.DIAGNOSED, runId: run.id, runFinishedAt: run.finishedAt };
}

function noRun(): MatchDiagnostics {
  return {
    status: DiagnosisStatus.NO_RUN,
    runId: null,
    runFinishedAt: null,
    consistent: true,
    problems: [],
    summary: 'No match run has succeeded yet, so there is nothing to explain.',
    gap: null,
    offer: null,
  };
}

function notMatching(run: MatchRun, summary: string): MatchDiagnostics {
  return {
    ...runFields(run),
    status: DiagnosisStatus.NOT_MATCHING,
    consistent: true,
    problems: [],
    summary,
    gap: null,
    offer: null,
  };
}

function allocationFor(
  competitor: Competitor,
  mayName: (memberState: string) => boolean,
): DiagnosisAllocation {
  const named = mayName(competitor.memberState);
  return {
    gapId: named ? competitor.gapId : null,
    memberState: named ? competitor.memberState : null,
    quantity: competitor.quantity,
    score: competitor.score,
  };
}

/** The engine's problems, without the ids of gaps the caller may not see. */
function visibleProblems(
  problems: string[],
  instance: MatchInstance,
  mayName: (memberState: string) => boolean,
): string[] {
  const hidden = instance.gaps.filter((gap) => !mayName(gap.memberState)).map((gap) => gap.id);
  if (hidden.length === 0) return [...problems];
  const shown = problems.map((problem) =>
    hidden.some((id) => problem.includes(id))
      ? 'The data changed since the run (another T/PCC’s gap): a new run will differ.'
      : problem,
  );
  return [...new Set(shown)];
}
