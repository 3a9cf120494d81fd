import { CATEGORIES, PRIORITIES } from '../common/enums';
import { type Category, type GapReportFilter, type Priority } from '../graphql/generated/graphql';

/**
 * The dashboard's filters, all of them in the URL so a link reproduces the view. Every panel
 * gets the same report filter (docs/reports.md, "Shared filters"); persistent gaps add their
 * own thresholds.
 */
export interface DashboardState {
  /** Gaps opened from this day (YYYY-MM-DD, UTC). */
  from?: string;
  to?: string;
  category: Category[];
  mission: string[];
  /** M49 region or sub-region codes of the T/PCC. */
  region: string[];
  priority: Priority[];
  /** T/PCCs, ISO3 (a click on the map sets one). */
  memberState: string[];
  /** Undefined (`days=` in the URL): no day threshold, only the runs one. */
  openLongerThanDays?: number;
  unmetInLastRuns?: number;
}

export const DEFAULT_OPEN_LONGER_THAN_DAYS = 30;
/** The API's bound of unmetInLastRuns. */
export const MAX_LAST_RUNS = 50;
/** The trend's months when no period is chosen. */
export const DEFAULT_TREND_MONTHS = 12;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const M49 = /^\d{3}$/;
const ISO3 = /^[A-Z]{3}$/;

function list(params: URLSearchParams, key: string): string[] {
  return params
    .getAll(key)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

function day(value: string | null): string | undefined {
  return value && DAY.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

function integer(value: string | null, min: number, max: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isInteger(number) && number >= min && number <= max ? number : undefined;
}

/** The state of a URL's query; values the API would refuse are dropped. */
export function readDashboardState(params: URLSearchParams): DashboardState {
  return {
    from: day(params.get('from')),
    to: day(params.get('to')),
    category: list(params, 'category').filter((value): value is Category =>
      CATEGORIES.includes(value as Category),
    ),
    mission: list(params, 'mission').map((code) => code.toUpperCase()),
    region: list(params, 'region').filter((code) => M49.test(code)),
    priority: list(params, 'priority').filter((value): value is Priority =>
      PRIORITIES.includes(value as Priority),
    ),
    memberState: list(params, 'tpcc')
      .map((code) => code.toUpperCase())
      .filter((code) => ISO3.test(code)),
    openLongerThanDays:
      params.get('days') === ''
        ? undefined
        : (integer(params.get('days'), 0, 36_500) ?? DEFAULT_OPEN_LONGER_THAN_DAYS),
    unmetInLastRuns: integer(params.get('runs'), 1, MAX_LAST_RUNS),
  };
}

/** The URL's query of a state (defaults left out, so a plain link stays plain). */
export function writeDashboardState(state: DashboardState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  const lists: [string, string[]][] = [
    ['category', state.category],
    ['mission', state.mission],
    ['region', state.region],
    ['priority', state.priority],
    ['tpcc', state.memberState],
  ];
  for (const [key, values] of lists) if (values.length) params.set(key, values.join(','));
  if (state.openLongerThanDays !== DEFAULT_OPEN_LONGER_THAN_DAYS) {
    params.set(
      'days',
      state.openLongerThanDays === undefined ? '' : String(state.openLongerThanDays),
    );
  }
  if (state.unmetInLastRuns) params.set('runs', String(state.unmetInLastRuns));
  return params;
}

/**
 * The filter every report takes: its fields are named alike in GapReportFilter,
 * DonorReportFilter and OutcomeReportFilter, so one object serves every panel.
 */
export type SharedReportFilter = Pick<
  GapReportFilter,
  'period' | 'category' | 'mission' | 'region' | 'priority' | 'memberState'
>;

export function reportFilterOf(state: DashboardState): SharedReportFilter {
  const filter: SharedReportFilter = {};
  if (state.from || state.to) {
    filter.period = { ...(state.from && { from: state.from }), ...(state.to && { to: state.to }) };
  }
  if (state.category.length) filter.category = state.category;
  if (state.mission.length) filter.mission = state.mission;
  if (state.region.length) filter.region = state.region;
  if (state.priority.length) filter.priority = state.priority;
  if (state.memberState.length) filter.memberState = state.memberState;
  return filter;
}

/**
 * The persistent-gaps thresholds the API takes (it needs at least one): without a day
 * threshold and without runs, the default number of days.
 */
export function persistenceOf(state: DashboardState): {
  openLongerThanDays: number | null;
  unmetInLastRuns: number | null;
} {
  const runs = state.unmetInLastRuns ?? null;
  const days = state.openLongerThanDays ?? (runs ? null : DEFAULT_OPEN_LONGER_THAN_DAYS);
  return { openLongerThanDays: days, unmetInLastRuns: runs };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The trend needs both ends of a period: the chosen one, an open end completed (from: 11 months
 * before `to`'s month; to: today), or by default the 12 months up to today (UTC).
 */
export function trendPeriodOf(
  state: DashboardState,
  today = new Date(),
): { from: string; to: string } {
  const to = state.to ?? isoDay(today);
  if (state.from) return { from: state.from, to: state.to ?? isoDay(today) };
  const end = new Date(`${to}T00:00:00Z`);
  const from = new Date(
    Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - (DEFAULT_TREND_MONTHS - 1), 1),
  );
  return { from: isoDay(from), to };
}
