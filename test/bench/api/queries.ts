/**
 * The three analyst questions of bench:api, each as our API asks it and as PostGraphile 4 and 5
 * ask it on the same database, with what each answer is reduced to when the benchmark checks that
 * the servers give the same answer.
 *
 * PostGraphile 5's amber preset names a few things differently from 4.14: the Node interface
 * takes `id` and a table's `id` column becomes `rowId` (ordering `ROW_ID_*`), and a function of a
 * second schema is prefixed with it (`lcmBenchCoverageByCategory`). Its queries alias those
 * fields back (`id: rowId`, `coverageByCategory: lcmBenchCoverageByCategory`), so they ask the
 * same question, their answers have 4.14's shape and one normaliser serves both.
 */

export type QueryName = 'gapPage' | 'coverage' | 'proposals';
export const QUERY_NAMES: readonly QueryName[] = ['gapPage', 'coverage', 'proposals'];

/** Whose GraphQL schema a request is written for. */
export type SchemaKind = 'ours' | 'postgraphile' | 'postgraphile5';

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export interface BenchQuery {
  name: QueryName;
  label: string;
  ours: GraphQLRequest;
  /** PostGraphile 4.14. */
  postgraphile: GraphQLRequest;
  postgraphile5: GraphQLRequest;
  /** The answer reduced to comparable plain data (same for all servers when they agree). */
  normalise: Record<SchemaKind, (data: Record<string, unknown>) => unknown>;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const COVERAGE_FIGURES = 'gaps demand proposed confirmed delivered unmet coveredPercent';

/**
 * Our gap page: the 50 newest gaps, their T/PCC and mission, and each gap's 15 newest proposals
 * (any run, any status; best score first within a run) with offer and donor. 15, not the default
 * 20: with 20 the page costs 11,151, over the default QUERY_MAX_COST of 10,000 (kept); 15 costs
 * about 8,300. The seed gives a gap 6 proposals on average over its runs, a few more than 15.
 */
const GAP_PAGE_OURS = `
  query GapPage {
    gaps(first: 50) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id title category capability quantity priority status neededBy
          memberState { iso3 name regionName }
          mission { code name }
          proposals(first: 15) { id quantity score status offer { id title donor { iso3 name } } }
        }
      }
    }
  }`;

const GAP_PAGE_POSTGRAPHILE = `
  query GapPage {
    allCapabilityGaps(first: 50, orderBy: [CREATED_AT_DESC, ID_DESC]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id title category capability quantity priority status neededBy
          memberStateByMemberStateIso3 { iso3 name regionName }
          missionByMissionCode { code name }
          proposalsByGapId(first: 15, orderBy: [CREATED_AT_DESC, SCORE_DESC, ID_ASC]) {
            nodes {
              id quantity score status
              offerByOfferId { id title memberStateByDonorIso3 { iso3 name } }
            }
          }
        }
      }
    }
  }`;

/** The same page in PostGraphile 5's names (see the head of this file). */
const GAP_PAGE_POSTGRAPHILE5 = `
  query GapPage {
    allCapabilityGaps(first: 50, orderBy: [CREATED_AT_DESC, ROW_ID_DESC]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id: rowId title category capability quantity priority status neededBy
          memberStateByMemberStateIso3 { iso3 name regionName }
          missionByMissionCode { code name }
          proposalsByGapId(first: 15, orderBy: [CREATED_AT_DESC, SCORE_DESC, ROW_ID_ASC]) {
            nodes {
              id: rowId quantity score status
              offerByOfferId { id: rowId title memberStateByDonorIso3 { iso3 name } }
            }
          }
        }
      }
    }
  }`;

const PROPOSAL_FIELDS_AFTER_ID =
  'createdAt quantity score status explanation tpccResponse donorResponse gapId offerId';
const PROPOSAL_FIELDS = `id ${PROPOSAL_FIELDS_AFTER_ID}`;
const PROPOSAL_FIELDS_POSTGRAPHILE5 = `id: rowId ${PROPOSAL_FIELDS_AFTER_ID}`;

/** A query whose PostGraphile 5 answer is read by its 4.14 normaliser (aliased to that shape). */
type WrittenQuery = Omit<BenchQuery, 'normalise'> & {
  normalise: Omit<BenchQuery['normalise'], 'postgraphile5'>;
};

export function benchQueries(latestRunId: string): BenchQuery[] {
  return writtenQueries(latestRunId).map((query) => ({
    ...query,
    normalise: { ...query.normalise, postgraphile5: query.normalise.postgraphile },
  }));
}

function writtenQueries(latestRunId: string): WrittenQuery[] {
  return [
    {
      name: 'gapPage',
      label: 'gap page (50 gaps + state, mission, proposals, offers, donors)',
      ours: { query: GAP_PAGE_OURS },
      postgraphile: { query: GAP_PAGE_POSTGRAPHILE },
      postgraphile5: { query: GAP_PAGE_POSTGRAPHILE5 },
      normalise: {
        ours: (data) => {
          const gaps = (data as Json).gaps;
          return {
            totalCount: gaps.totalCount,
            gaps: gaps.edges.map(({ node }: Json) => ({
              id: node.id,
              memberState: node.memberState.name,
              mission: node.mission?.code ?? null,
              proposals: node.proposals.map(
                (p: Json) => `${p.id}:${p.quantity}:${p.status}:${p.offer.donor.iso3}`,
              ),
            })),
          };
        },
        postgraphile: (data) => {
          const gaps = (data as Json).allCapabilityGaps;
          return {
            totalCount: gaps.totalCount,
            gaps: gaps.edges.map(({ node }: Json) => ({
              id: node.id,
              memberState: node.memberStateByMemberStateIso3.name,
              mission: node.missionByMissionCode?.code ?? null,
              proposals: node.proposalsByGapId.nodes.map(
                (p: Json) =>
                  `${p.id}:${p.quantity}:${p.status}:${p.offerByOfferId.memberStateByDonorIso3.iso3}`,
              ),
            })),
          };
        },
      },
    },
    {
      name: 'coverage',
      label: 'coverage report by category',
      ours: {
        query: `query Coverage {
          coverageReport(by: CATEGORY) {
            by
            rows { key label ${COVERAGE_FIGURES} }
            totals { ${COVERAGE_FIGURES} }
          }
        }`,
      },
      postgraphile: {
        query: `query Coverage {
          coverageByCategory { nodes { total key label ${COVERAGE_FIGURES} } }
        }`,
      },
      postgraphile5: {
        query: `query Coverage {
          coverageByCategory: lcmBenchCoverageByCategory {
            nodes { total key label ${COVERAGE_FIGURES} }
          }
        }`,
      },
      normalise: {
        ours: (data) => {
          const report = (data as Json).coverageReport;
          return [...report.rows, { key: null, label: null, ...report.totals }];
        },
        postgraphile: (data) =>
          (data as Json).coverageByCategory.nodes.map(({ total, ...row }: Json) =>
            total ? { ...row, key: null, label: null } : row,
          ),
      },
    },
    {
      name: 'proposals',
      label: 'proposals of the latest run, PROPOSED, first 50',
      ours: {
        query: `query Proposals($run: ID!) {
          proposals(first: 50, filter: { run: [$run], status: [PROPOSED] }) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { cursor node { ${PROPOSAL_FIELDS} } }
          }
        }`,
        variables: { run: latestRunId },
      },
      postgraphile: {
        query: `query Proposals($run: UUID!) {
          allProposals(
            first: 50
            condition: { runId: $run, status: PROPOSED }
            orderBy: [CREATED_AT_DESC, ID_DESC]
          ) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { cursor node { ${PROPOSAL_FIELDS} } }
          }
        }`,
        variables: { run: latestRunId },
      },
      postgraphile5: {
        query: `query Proposals($run: UUID!) {
          allProposals(
            first: 50
            condition: { runId: $run, status: PROPOSED }
            orderBy: [CREATED_AT_DESC, ROW_ID_DESC]
          ) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { cursor node { ${PROPOSAL_FIELDS_POSTGRAPHILE5} } }
          }
        }`,
        variables: { run: latestRunId },
      },
      normalise: {
        ours: (data) => {
          const list = (data as Json).proposals;
          return {
            totalCount: list.totalCount,
            ids: list.edges.map(({ node }: Json) => `${node.id}:${node.quantity}:${node.gapId}`),
          };
        },
        postgraphile: (data) => {
          const list = (data as Json).allProposals;
          return {
            totalCount: list.totalCount,
            ids: list.edges.map(({ node }: Json) => `${node.id}:${node.quantity}:${node.gapId}`),
          };
        },
      },
    },
  ];
}
