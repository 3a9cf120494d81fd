import { allow } from '@app/access';
import { BadInputError } from '@app/common';
import { ALL_ROLES } from '@app/domain';
import { PLEDGE_REPORT_PARAMS, PledgeReportArgs, type PledgeReportsService } from '@app/pledges';

import { type ExportKind, reportExport, rowsOf } from './export-kind';

const REQUIREMENT_FIGURES = [
  'requirementLines',
  'required',
  'pledges',
  'pledged',
  'committed',
  'delivered',
  'shortfall',
  'coveredPercent',
  'fulfilledPercent',
  'unfilled',
] as const;

/**
 * /export/reports/pledge-requirements: a row per Ministerial, category, capability and unit of
 * `pledgeRequirementsReport`, with the missions of its requirement lines.
 */
export function pledgeRequirementsReportExport(
  reports: PledgeReportsService,
): ExportKind<PledgeReportArgs> {
  return reportExport({
    path: 'reports/pledge-requirements',
    title: () => 'pledge-requirements',
    args: PledgeReportArgs,
    params: { args: {}, filter: PLEDGE_REPORT_PARAMS },
    headers: () => [
      'ministerial',
      'category',
      'capability',
      'unit',
      'missions',
      ...REQUIREMENT_FIGURES,
    ],
    rows: (_ctx, args) =>
      rowsOf(async () =>
        (await reports.pledgeRequirements(args)).flatMap((report) =>
          report.rows.map((row) => [
            report.ministerial.code,
            row.category,
            row.capability,
            row.unit,
            [...new Set(row.requirements.map((line) => line.missionCode ?? 'ANY'))].join(';'),
            ...REQUIREMENT_FIGURES.map((name) => row[name]),
          ]),
        ),
      ),
  });
}

const FOLLOW_UP_FIGURES = [
  'led',
  'joined',
  'pledges',
  'announced',
  'committed',
  'inProgress',
  'fulfilled',
  'withdrawn',
  'nothingLinked',
  'linkedOffersExpired',
] as const;

/** /export/reports/pledge-follow-up: a row per state, then the totals. */
export function pledgeFollowUpReportExport(
  reports: PledgeReportsService,
): ExportKind<PledgeReportArgs> {
  return reportExport({
    path: 'reports/pledge-follow-up',
    title: () => 'pledge-follow-up',
    args: PledgeReportArgs,
    params: { args: {}, filter: PLEDGE_REPORT_PARAMS },
    headers: () => ['state', ...FOLLOW_UP_FIGURES],
    rows: (_ctx, args) =>
      rowsOf(async () => {
        const report = await reports.pledgeFollowUp(args);
        return [
          ...report.rows.map((row) => [row.stateIso3, ...FOLLOW_UP_FIGURES.map((n) => row[n])]),
          ['TOTAL', ...FOLLOW_UP_FIGURES.map((name) => report.totals[name])],
        ];
      }),
  });
}

const QUANTITY_FIGURES = [
  'required',
  'pledged',
  'delivered',
  'coveredPercent',
  'fulfilledPercent',
] as const;

/**
 * /export/reports/pledge-summary: the public summary, a row per Ministerial, category and unit
 * (a category without quantities has one row without a unit). Exports always take a token: any
 * role may download it; off (404) with PUBLIC_PLEDGE_SUMMARY=false, as the GraphQL query.
 */
export function publicPledgeSummaryExport(reports: PledgeReportsService): ExportKind<object> {
  return {
    path: 'reports/pledge-summary',
    title: () => 'pledge-summary',
    rule: allow(...ALL_ROLES),
    params: (query) => {
      const unknown = Object.keys(query).find((name) => query[name] !== undefined);
      if (unknown)
        throw new BadInputError(unknown, `${unknown}: unknown parameter; this export takes none`);
      return Promise.resolve({});
    },
    headers: () => [
      'ministerial',
      'city',
      'heldOn',
      'category',
      'pledges',
      'fulfilledPledges',
      'withdrawnPledges',
      'pledgingStates',
      'unit',
      ...QUANTITY_FIGURES,
    ],
    rows: () =>
      rowsOf(async () =>
        (await reports.publicPledgeSummary()).flatMap((row) => {
          const head = [
            row.ministerialCode,
            row.city,
            row.heldOn,
            row.category,
            row.pledges,
            row.fulfilledPledges,
            row.withdrawnPledges,
            row.pledgingStates,
          ];
          if (row.quantities.length === 0) return [head];
          return row.quantities.map((quantity) => [
            ...head,
            quantity.unit,
            ...QUANTITY_FIGURES.map((name) => quantity[name]),
          ]);
        }),
      ),
  };
}
