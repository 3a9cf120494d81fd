import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { type RequestLoaders } from '@app/common';
import { GapStatus, MATCHABLE_GAP_STATUSES, OfferStatus } from '@app/domain';

import {
  type DuplicatedGroup,
  findDuplicatedSupport,
  findOfferDuplications,
  type NeedGap,
  type OfferDuplication,
  type SupportItem,
} from './duplicated-support';

/** Gaps whose demand counts: published ones (not drafts or cancelled). */
const NEED_STATUSES = [
  GapStatus.OPEN,
  GapStatus.PARTIALLY_MATCHED,
  GapStatus.MATCHED,
  GapStatus.CLOSED,
];

/** Offers that can still lead to proposals (a draft too: it is being prepared). */
const TARGETED_OFFER_STATUSES = [
  OfferStatus.DRAFT,
  OfferStatus.OPEN,
  OfferStatus.PARTIALLY_ALLOCATED,
];

/** (member state, category, capability): whose support is compared. */
export interface SupportKey {
  memberState: string;
  category: string;
  capability: string;
}

export interface DuplicatedSupportFilter {
  memberState?: string[] | null;
  category?: string[] | null;
}

const ITEM_COLUMNS = `g.member_state_iso3 AS "memberState", g.category::text AS category,
  g.capability, o.donor_iso3 AS donor, x.gap_id AS "gapId", x.offer_id AS "offerId",
  x.id, x.quantity, x.status::text AS status,
  to_char(greatest(g.needed_from, o.available_from), 'YYYY-MM-DD') AS "from",
  to_char(least(g.needed_by, o.available_to), 'YYYY-MM-DD') AS "to"`;

/**
 * Reads support (partnerships and open proposals) and the T/PCCs' gaps, and finds duplicated
 * support with the rules of duplicated-support.ts: for the report, and for the warning on a
 * proposal (batched per request).
 */
@Injectable()
export class DuplicatedSupportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async report(
    filter: DuplicatedSupportFilter = {},
  ): Promise<{ groups: DuplicatedGroup[]; offers: OfferDuplication[] }> {
    const where = filterSql(filter);
    const [items, gaps] = await Promise.all([
      this.supportItems(where.sql, where.params),
      this.needGaps(where.sql, where.params),
    ]);
    const groups = findDuplicatedSupport(items, gaps);
    const offers = await this.offerDuplications(filter, items, gaps);
    return { groups, offers };
  }

  /** The duplicated group an open proposal is in, if any (one request's proposals batched). */
  groupOfProposal(loaders: RequestLoaders, proposalId: string): Promise<DuplicatedGroup | null> {
    return loaders
      .get<string, DuplicatedGroup | null>('duplicatedSupportByProposal', (ids) =>
        this.groupsOfProposals(ids),
      )
      .load(proposalId);
  }

  private async groupsOfProposals(ids: readonly string[]): Promise<(DuplicatedGroup | null)[]> {
    const keys = await this.dataSource.query<SupportKey[]>(
      `SELECT DISTINCT g.member_state_iso3 AS "memberState", g.category::text AS category, g.capability
         FROM proposals p JOIN capability_gaps g ON g.id = p.gap_id
        WHERE p.id = ANY($1::uuid[]) AND p.status IN ('PROPOSED', 'ACCEPTED')`,
      [ids],
    );
    if (keys.length === 0) return ids.map(() => null);
    const where = `(g.member_state_iso3, g.category::text, g.capability) IN
      (SELECT * FROM unnest($1::text[], $2::text[], $3::text[]))`;
    const params = [
      keys.map((key) => key.memberState),
      keys.map((key) => key.category),
      keys.map((key) => key.capability),
    ];
    const [items, gaps] = await Promise.all([
      this.supportItems(where, params),
      this.needGaps(where, params),
    ]);
    const byProposal = new Map<string, DuplicatedGroup>();
    for (const group of findDuplicatedSupport(items, gaps))
      for (const item of group.items) if (item.kind === 'PROPOSAL') byProposal.set(item.id, group);
    return ids.map((id) => byProposal.get(id) ?? null);
  }

  /** Partnerships (ACTIVE, COMPLETED) and open proposals (PROPOSED, ACCEPTED), `where` on g. */
  private async supportItems(where: string, params: unknown[]): Promise<SupportItem[]> {
    const rows = await this.dataSource.query<(Omit<SupportItem, 'kind'> & { kind: string })[]>(
      `SELECT 'PARTNERSHIP' AS kind, ${ITEM_COLUMNS}
         FROM partnerships x
         JOIN capability_gaps g ON g.id = x.gap_id JOIN offers o ON o.id = x.offer_id
        WHERE x.status IN ('ACTIVE', 'COMPLETED') AND ${where}
       UNION ALL
       SELECT 'PROPOSAL' AS kind, ${ITEM_COLUMNS}
         FROM proposals x
         JOIN capability_gaps g ON g.id = x.gap_id JOIN offers o ON o.id = x.offer_id
        WHERE x.status IN ('PROPOSED', 'ACCEPTED') AND ${where}`,
      params,
    );
    return rows.map((row) => ({ ...row, kind: row.kind as SupportItem['kind'] }));
  }

  private needGaps(where: string, params: unknown[]): Promise<NeedGap[]> {
    return this.dataSource.query<NeedGap[]>(
      `SELECT g.id, g.member_state_iso3 AS "memberState", g.category::text AS category, g.capability,
              g.mission_code AS mission, g.unit_type AS "unitType", g.quantity,
              to_char(g.needed_from, 'YYYY-MM-DD') AS "neededFrom",
              to_char(g.needed_by, 'YYYY-MM-DD') AS "neededBy"
         FROM capability_gaps g
        WHERE g.status::text = ANY($${params.length + 1}::text[]) AND ${where}`,
      [...params, NEED_STATUSES],
    );
  }

  /**
   * Offers naming a T/PCC that other donors' running partnerships already serve for a capability
   * the offer covers, with none of its demand for it left over the offer's days.
   */
  private async offerDuplications(
    filter: DuplicatedSupportFilter,
    items: SupportItem[],
    gaps: NeedGap[],
  ): Promise<OfferDuplication[]> {
    const offers = await this.dataSource.query<
      {
        id: string;
        donor: string;
        category: string;
        capabilities: string[];
        eligible: string[];
        availableFrom: string;
        availableTo: string;
      }[]
    >(
      `SELECT o.id, o.donor_iso3 AS donor, o.category::text AS category, o.capabilities, o.eligible,
              to_char(o.available_from, 'YYYY-MM-DD') AS "availableFrom",
              to_char(o.available_to, 'YYYY-MM-DD') AS "availableTo"
         FROM offers o
        WHERE o.status::text = ANY($1::text[]) AND cardinality(o.eligible) > 0
          AND ($2::text[] IS NULL OR o.category::text = ANY($2::text[]))`,
      [TARGETED_OFFER_STATUSES, filter.category?.length ? filter.category : null],
    );
    const states = filter.memberState?.length ? new Set(filter.memberState) : null;
    const remainingByGap = await this.remainingOfMatchableGaps(gaps.map((gap) => gap.id));
    return findOfferDuplications(
      offers.map((offer) => ({
        ...offer,
        // Only states it names: a region opens it to many, which is not targeting one.
        eligibleStates: offer.eligible.filter(
          (entry) => /^[A-Z]{3}$/.test(entry) && (!states || states.has(entry)),
        ),
      })),
      items.filter((item) => item.kind === 'PARTNERSHIP' && item.status === 'ACTIVE'),
      (memberState, category, capability, window) =>
        gaps
          .filter(
            (gap) =>
              gap.memberState === memberState &&
              gap.category === category &&
              gap.capability === capability &&
              gap.neededFrom <= window.to &&
              window.from <= gap.neededBy,
          )
          .reduce((total, gap) => total + (remainingByGap.get(gap.id) ?? 0), 0),
    );
  }

  /** Demand nothing covers yet (quantity − reserved − confirmed) of the matchable gaps among `ids`. */
  private async remainingOfMatchableGaps(ids: string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<{ id: string; remaining: number }[]>(
      `SELECT id, quantity - reserved_quantity - confirmed_quantity AS remaining
         FROM capability_gaps WHERE id = ANY($1::uuid[]) AND status::text = ANY($2::text[])`,
      [ids, MATCHABLE_GAP_STATUSES],
    );
    return new Map(rows.map((row) => [row.id, row.remaining]));
  }
}

function filterSql(filter: DuplicatedSupportFilter): { sql: string; params: unknown[] } {
  return {
    sql: `($1::text[] IS NULL OR g.member_state_iso3 = ANY($1::text[]))
      AND ($2::text[] IS NULL OR g.category::text = ANY($2::text[]))`,
    params: [
      filter.memberState?.length ? filter.memberState : null,
      filter.category?.length ? filter.category : null,
    ],
  };
}
