import { Injectable } from '@nestjs/common';
import { type ClassConstructor } from 'class-transformer';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';

import { type AccessRule, type Actor, type ListScope } from '@app/access';
import { applyGapFilter, CapabilityGap, GapFilter, GapPolicy } from '@app/gaps';
import { applyProposalFilter, Proposal, ProposalFilter, ProposalPolicy } from '@app/match-runs';
import { applyOfferFilter, Offer, OfferFilter, OfferPolicy } from '@app/offers';
import {
  applyPartnershipFilter,
  Partnership,
  PartnershipFilter,
  PartnershipPolicy,
} from '@app/partnerships';
import {
  CoverageReportArgs,
  DonorSummariesArgs,
  LanguageFitArgs,
  PartnershipOutcomesArgs,
  PersistentGapsArgs,
  ReportPolicy,
  ReportsService,
} from '@app/reports';

import { type Column, GAP_COLUMNS, OFFER_COLUMNS } from '../spreadsheet-columns';
import { type OutputCell } from '../write-spreadsheet';
import { streamEntities } from './entity-stream';
import { type ParamSpec, type QueryValues, readParams } from './export-params';

/** One export: who may download it, its parameters, its columns and its rows. */
export interface ExportKind<P = unknown> {
  /** The path under /export without the extension, e.g. `gaps`, `reports/coverage`. */
  path: string;
  /** Sheet name, and the start of the file name. */
  title: (params: P) => string;
  rule: AccessRule;
  params: (query: QueryValues) => Promise<P>;
  headers: (params: P) => string[];
  /** Rows in a stable order, produced as they are read. */
  rows: (actor: Actor, params: P) => AsyncIterable<OutputCell[]>;
}

/** Pages of a paginated report read one after another (each page is one keyset query). */
const REPORT_PAGE = 500;

// The filters of the GraphQL lists as query parameters (the date ranges are not offered).
const GAP_FILTER: ParamSpec = {
  filter: {
    category: 'codes',
    status: 'codes',
    priority: 'codes',
    memberState: 'codes',
    mission: 'codes',
    capability: 'codes',
    region: 'ids',
    language: 'languages',
    search: 'text',
  },
};
const OFFER_FILTER: ParamSpec = {
  filter: {
    category: 'codes',
    status: 'codes',
    donor: 'codes',
    capability: 'codes',
    language: 'languages',
    search: 'text',
  },
};
const PROPOSAL_FILTER: ParamSpec = {
  filter: {
    run: 'ids',
    gap: 'ids',
    offer: 'ids',
    status: 'codes',
    memberState: 'codes',
    donor: 'codes',
    category: 'codes',
    minScore: 'number',
  },
};
const PARTNERSHIP_FILTER: ParamSpec = {
  filter: {
    gap: 'ids',
    offer: 'ids',
    status: 'codes',
    memberState: 'codes',
    donor: 'codes',
    category: 'codes',
  },
};
const REPORT_GAP_FILTER = {
  category: 'codes',
  status: 'codes',
  memberState: 'codes',
  mission: 'codes',
  region: 'ids',
} as const;

const iso = (date: Date | null | undefined): string | null => date?.toISOString() ?? null;

const PROPOSAL_HEADERS = [
  'id',
  'runId',
  'gapId',
  'gapTitle',
  'memberState',
  'category',
  'capability',
  'offerId',
  'offerTitle',
  'donor',
  'quantity',
  'score',
  'scorePriority',
  'scoreUrgency',
  'scoreCapability',
  'scoreLanguage',
  'scoreRegion',
  'scorePartnership',
  'scoreDeliveryMode',
  'explanation',
  'status',
  'tpccResponse',
  'tpccRespondedAt',
  'donorResponse',
  'donorRespondedAt',
  'statusReason',
  'createdAt',
];

const PARTNERSHIP_HEADERS = [
  'id',
  'proposalId',
  'gapId',
  'gapTitle',
  'memberState',
  'category',
  'capability',
  'offerId',
  'offerTitle',
  'donor',
  'quantity',
  'deliveredQuantity',
  'status',
  'indicatorBaseline',
  'indicatorAfter',
  'indicatorMeasuredOn',
  'createdAt',
];

const COVERAGE_FIGURES = [
  'gaps',
  'demand',
  'proposed',
  'confirmed',
  'delivered',
  'unmet',
  'coveredPercent',
] as const;

const PERSISTENT_GAP_HEADERS = [
  'gapId',
  'title',
  'memberStateIso3',
  'memberStateName',
  'missionCode',
  'category',
  'capability',
  'priority',
  'demand',
  'confirmed',
  'proposed',
  'unmet',
  'openedAt',
  'daysOpen',
  'runsUnmet',
] as const;

const DONOR_HEADERS = [
  'row',
  'donorIso3',
  'donorName',
  'category',
  'regionCode',
  'regionName',
  'offers',
  'capacity',
  'reserved',
  'allocated',
  'allocatedPercent',
  'partnerships',
  'delivered',
];

const LANGUAGE_FIGURES = [
  'gaps',
  'demand',
  'confirmed',
  'confirmedInLanguage',
  'proposed',
  'proposedInLanguage',
  'unmet',
  'coveredPercent',
  'inLanguagePercent',
] as const;

const OUTCOME_HEADERS = [
  'partnershipId',
  'gapId',
  'gapTitle',
  'memberStateIso3',
  'donorIso3',
  'category',
  'capability',
  'status',
  'quantity',
  'delivered',
  'indicator',
  'baseline',
  'target',
  'after',
  'measuredOn',
  'change',
  'targetProgressPercent',
] as const;

/** Oldest first, ties by id: the order of the (created_at, id) index, stable between exports. */
function oldestFirst<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  alias: string,
): SelectQueryBuilder<E> {
  return query.orderBy(`${alias}.created_at`, 'ASC').addOrderBy(`${alias}.id`, 'ASC');
}

/**
 * What can be exported. Lists (gaps, offers, proposals, partnerships) are the rows the actor sees
 * in the GraphQL list of the same name, with the same filters, read by a cursor stream; reports
 * are those of the GraphQL report queries (ReportsService), for the same roles.
 */
@Injectable()
export class ExportCatalogue {
  readonly kinds: readonly ExportKind<never>[];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportsService,
  ) {
    this.kinds = [
      this.gaps(),
      this.offers(),
      this.proposals(),
      this.partnerships(),
      this.coverage(),
      this.persistentGaps(),
      this.donorSummaries(),
      this.languageFit(),
      this.partnershipOutcomes(),
    ] as unknown as ExportKind<never>[];
  }

  find(path: string): ExportKind<unknown> | undefined {
    return this.kinds.find((kind) => kind.path === path) as ExportKind<unknown> | undefined;
  }

  private scoped<E extends ObjectLiteral>(
    entity: new () => E,
    alias: string,
    scope: ListScope,
  ): SelectQueryBuilder<E> {
    const query = this.dataSource.getRepository(entity).createQueryBuilder(alias);
    scope(query, alias);
    return query;
  }

  /**
   * An export of the import template's table (gaps, offers): the rows the actor's list shows,
   * with the list's filter, every column, oldest first.
   */
  private templateTable<E extends ObjectLiteral, F extends object>(table: {
    path: string;
    entity: new () => E;
    alias: string;
    policy: { read: AccessRule; scope(actor: Actor): ListScope };
    filter: ClassConstructor<F>;
    params: ParamSpec;
    applyFilter: (query: SelectQueryBuilder<E>, filter: F) => SelectQueryBuilder<E>;
    columns: readonly Column<E>[];
  }): ExportKind<F> {
    return {
      path: table.path,
      title: () => table.path,
      rule: table.policy.read,
      params: (query) => readParams(table.filter, table.params, query),
      headers: () => table.columns.map((column) => column.name),
      rows: (actor, filter) => {
        const scoped = this.scoped(table.entity, table.alias, table.policy.scope(actor));
        const query = oldestFirst(table.applyFilter(scoped, filter), table.alias);
        return mapRows(streamEntities(this.dataSource, query), (entity) =>
          table.columns.map((column) => column.write(entity)),
        );
      },
    };
  }

  private gaps(): ExportKind<GapFilter> {
    return this.templateTable({
      path: 'gaps',
      entity: CapabilityGap,
      alias: 'gap',
      policy: GapPolicy,
      filter: GapFilter,
      params: GAP_FILTER,
      applyFilter: (query, filter) => applyGapFilter(query, filter),
      columns: GAP_COLUMNS,
    });
  }

  private offers(): ExportKind<OfferFilter> {
    return this.templateTable({
      path: 'offers',
      entity: Offer,
      alias: 'offer',
      policy: OfferPolicy,
      filter: OfferFilter,
      params: OFFER_FILTER,
      applyFilter: (query, filter) => applyOfferFilter(query, filter),
      columns: OFFER_COLUMNS,
    });
  }

  private proposals(): ExportKind<ProposalFilter> {
    return {
      path: 'proposals',
      title: () => 'proposals',
      rule: ProposalPolicy.read,
      params: (query) => readParams(ProposalFilter, PROPOSAL_FILTER, query),
      headers: () => PROPOSAL_HEADERS,
      rows: (actor, filter) => {
        const query = this.scoped(Proposal, 'proposal', ProposalPolicy.scope(actor))
          .innerJoin('proposal.gap', 'gap')
          .addSelect(['gap.id', 'gap.title', 'gap.memberStateIso3', 'gap.category'])
          .addSelect('gap.capability')
          .innerJoin('proposal.offer', 'offer')
          .addSelect(['offer.id', 'offer.title', 'offer.donorIso3']);
        applyProposalFilter(query, filter);
        return mapRows(streamEntities(this.dataSource, oldestFirst(query, 'proposal')), (p) => [
          p.id,
          p.runId,
          p.gapId,
          p.gap?.title,
          p.gap?.memberStateIso3,
          p.gap?.category,
          p.gap?.capability,
          p.offerId,
          p.offer?.title,
          p.offer?.donorIso3,
          p.quantity,
          p.score,
          p.breakdown.priority,
          p.breakdown.urgency,
          p.breakdown.capability,
          p.breakdown.language,
          p.breakdown.region,
          p.breakdown.partnership,
          p.breakdown.deliveryMode,
          p.explanation,
          p.status,
          p.tpccResponse,
          iso(p.tpccRespondedAt),
          p.donorResponse,
          iso(p.donorRespondedAt),
          p.statusReason,
          iso(p.createdAt),
        ]);
      },
    };
  }

  private partnerships(): ExportKind<PartnershipFilter> {
    return {
      path: 'partnerships',
      title: () => 'partnerships',
      rule: PartnershipPolicy.read,
      params: (query) => readParams(PartnershipFilter, PARTNERSHIP_FILTER, query),
      headers: () => PARTNERSHIP_HEADERS,
      rows: (actor, filter) => {
        const query = this.scoped(Partnership, 'partnership', PartnershipPolicy.scope(actor))
          .innerJoin('partnership.gap', 'gap')
          .addSelect(['gap.id', 'gap.title', 'gap.memberStateIso3', 'gap.category'])
          .addSelect(['gap.capability', 'gap.objective.baseline'])
          .innerJoin('partnership.offer', 'offer')
          .addSelect(['offer.id', 'offer.title', 'offer.donorIso3']);
        applyPartnershipFilter(query, filter);
        return mapRows(streamEntities(this.dataSource, oldestFirst(query, 'partnership')), (p) => [
          p.id,
          p.proposalId,
          p.gapId,
          p.gap?.title,
          p.gap?.memberStateIso3,
          p.gap?.category,
          p.gap?.capability,
          p.offerId,
          p.offer?.title,
          p.offer?.donorIso3,
          p.quantity,
          p.deliveredQuantity,
          p.status,
          p.gap?.objective?.baseline,
          p.indicatorAfter,
          p.indicatorMeasuredOn,
          iso(p.createdAt),
        ]);
      },
    };
  }

  private coverage(): ExportKind<CoverageReportArgs> {
    return {
      path: 'reports/coverage',
      title: (args) => `coverage-by-${args.by.toLowerCase().replace(/_/g, '-')}`,
      rule: ReportPolicy.read,
      params: (query) =>
        readParams(
          CoverageReportArgs,
          { args: { by: 'dimension' }, filter: REPORT_GAP_FILTER },
          query,
        ),
      headers: () => ['key', 'label', ...COVERAGE_FIGURES],
      rows: (_actor, args) =>
        rowsOf(async () => {
          const report = await this.reports.coverage(args);
          return [
            ...report.rows.map((row) => [
              row.key,
              row.label,
              ...COVERAGE_FIGURES.map((name) => row[name]),
            ]),
            // Last, as in the GraphQL report's `totals`.
            ['TOTAL', 'Total', ...COVERAGE_FIGURES.map((name) => report.totals[name])],
          ];
        }),
    };
  }

  private persistentGaps(): ExportKind<PersistentGapsArgs> {
    return {
      path: 'reports/persistent-gaps',
      title: () => 'persistent-gaps',
      rule: ReportPolicy.read,
      params: (query) =>
        readParams(
          PersistentGapsArgs,
          {
            args: { openLongerThanDays: 'integer', unmetInLastRuns: 'integer' },
            filter: REPORT_GAP_FILTER,
          },
          query,
        ),
      headers: () => [...PERSISTENT_GAP_HEADERS],
      rows: (_actor, args) =>
        this.pages(
          (after) => this.reports.persistentGaps({ ...args, first: REPORT_PAGE, after }),
          (gap) =>
            PERSISTENT_GAP_HEADERS.map((name) =>
              name === 'openedAt' ? iso(gap.openedAt) : gap[name],
            ),
        ),
    };
  }

  private donorSummaries(): ExportKind<DonorSummariesArgs> {
    return {
      path: 'reports/donor-summaries',
      title: () => 'donor-summaries',
      rule: ReportPolicy.read,
      params: (query) =>
        readParams(
          DonorSummariesArgs,
          { args: {}, filter: { donor: 'codes', category: 'codes', status: 'codes' } },
          query,
        ),
      headers: () => DONOR_HEADERS,
      rows: (_actor, args) =>
        rowsOf(async () =>
          (await this.reports.donorSummaries(args)).flatMap((donor) => [
            // row, donor, name, category, region code, region name, then the figures.
            [
              'DONOR',
              donor.donorIso3,
              donor.donorName,
              null,
              null,
              null,
              donor.offers,
              donor.capacity,
              donor.reserved,
              donor.allocated,
              donor.allocatedPercent,
              donor.partnerships,
              donor.delivered,
            ],
            ...donor.byCategory.map((figures) => [
              'CATEGORY',
              donor.donorIso3,
              donor.donorName,
              figures.category,
              null,
              null,
              figures.offers,
              figures.capacity,
              figures.reserved,
              figures.allocated,
              null,
              figures.partnerships,
              figures.delivered,
            ]),
            ...donor.byRecipientRegion.map((figures) => [
              'RECIPIENT_REGION',
              donor.donorIso3,
              donor.donorName,
              null,
              figures.regionCode,
              figures.regionName,
              null,
              null,
              null,
              figures.allocated,
              null,
              figures.partnerships,
              figures.delivered,
            ]),
          ]),
        ),
    };
  }

  private languageFit(): ExportKind<LanguageFitArgs> {
    return {
      path: 'reports/language-fit',
      title: (args) => `language-fit-${args.language}`,
      rule: ReportPolicy.read,
      params: (query) =>
        readParams(
          LanguageFitArgs,
          { args: { language: 'language' }, filter: REPORT_GAP_FILTER },
          query,
        ),
      headers: () => [
        'language',
        'row',
        ...LANGUAGE_FIGURES,
        'supplyOffers',
        'supplyCapacity',
        'supplyRemaining',
      ],
      rows: (_actor, args) =>
        rowsOf(async () => {
          const report = await this.reports.languageFit(args);
          const none = LANGUAGE_FIGURES.map(() => null);
          return [
            ...(
              [
                ['ONLY_LANGUAGE', report.onlyLanguage],
                ['ALSO_OTHER_LANGUAGES', report.alsoOtherLanguages],
                ['TOTAL', report.total],
              ] as const
            ).map(([row, figures]) => [
              report.language,
              row,
              ...LANGUAGE_FIGURES.map((name) => figures[name]),
              null,
              null,
              null,
            ]),
            [
              report.language,
              'SUPPLY',
              ...none,
              report.supply.offers,
              report.supply.capacity,
              report.supply.remaining,
            ],
          ];
        }),
    };
  }

  private partnershipOutcomes(): ExportKind<PartnershipOutcomesArgs> {
    return {
      path: 'reports/partnership-outcomes',
      title: () => 'partnership-outcomes',
      rule: ReportPolicy.read,
      params: (query) =>
        readParams(
          PartnershipOutcomesArgs,
          {
            args: {},
            filter: {
              category: 'codes',
              memberState: 'codes',
              donor: 'codes',
              measuredOnly: 'boolean',
            },
          },
          query,
        ),
      headers: () => [...OUTCOME_HEADERS],
      rows: (_actor, args) =>
        this.pages(
          (after) => this.reports.partnershipOutcomes({ ...args, first: REPORT_PAGE, after }),
          (outcome) => OUTCOME_HEADERS.map((name) => outcome[name]),
        ),
    };
  }

  /** Every node of a paginated report, page after page (the service's keyset cursor). */
  private async *pages<N>(
    page: (after: string | undefined) => Promise<{
      edges: { node: N }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    }>,
    row: (node: N) => OutputCell[],
  ): AsyncGenerator<OutputCell[]> {
    let after: string | undefined;
    do {
      const { edges, pageInfo } = await page(after);
      for (const edge of edges) yield row(edge.node);
      after = pageInfo.hasNextPage ? (pageInfo.endCursor ?? undefined) : undefined;
    } while (after);
  }
}

async function* mapRows<E>(
  entities: AsyncIterable<E>,
  row: (entity: E) => OutputCell[],
): AsyncGenerator<OutputCell[]> {
  for await (const entity of entities) yield row(entity);
}

/** The rows of a report computed in one go (a handful of aggregate rows). */
async function* rowsOf(compute: () => Promise<OutputCell[][]>): AsyncGenerator<OutputCell[]> {
  yield* await compute();
}
