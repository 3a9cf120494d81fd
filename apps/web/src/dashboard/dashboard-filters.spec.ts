import {
  DEFAULT_OPEN_LONGER_THAN_DAYS,
  persistenceOf,
  readDashboardState,
  reportFilterOf,
  trendPeriodOf,
  writeDashboardState,
} from './dashboard-filters';

describe('dashboard filters in the URL', () => {
  it('reads every filter back from the query it wrote, and gives each report the same filter', () => {
    const state = readDashboardState(
      new URLSearchParams(
        'from=2027-01-01&to=2027-03-31&category=LEADERSHIP,OTHER&mission=minusca&region=002&priority=HIGH&tpcc=rwa&days=0&runs=2',
      ),
    );
    expect(readDashboardState(writeDashboardState(state))).toEqual(state);
    expect(reportFilterOf(state)).toEqual({
      period: { from: '2027-01-01', to: '2027-03-31' },
      category: ['LEADERSHIP', 'OTHER'],
      mission: ['MINUSCA'],
      region: ['002'],
      priority: ['HIGH'],
      memberState: ['RWA'],
    });
    expect(state).toMatchObject({ openLongerThanDays: 0, unmetInLastRuns: 2 });
  });

  it('drops what the API would refuse and keeps a plain link plain', () => {
    const state = readDashboardState(
      new URLSearchParams(
        'from=2027-13-45&category=NOPE&region=Africa,019&tpcc=RW&days=-1&runs=51',
      ),
    );
    expect(reportFilterOf(state)).toEqual({ region: ['019'] });
    expect(state.openLongerThanDays).toBe(DEFAULT_OPEN_LONGER_THAN_DAYS);
    expect(state.unmetInLastRuns).toBeUndefined();
    expect(writeDashboardState(state).toString()).toBe('region=019');
    expect(reportFilterOf(readDashboardState(new URLSearchParams()))).toEqual({});
  });

  it('gives the trend the 12 months up to today without a period, and completes an open end', () => {
    const today = new Date('2027-05-20T10:00:00Z');
    const none = readDashboardState(new URLSearchParams());
    expect(trendPeriodOf(none, today)).toEqual({ from: '2026-06-01', to: '2027-05-20' });
    const untilMarch = readDashboardState(new URLSearchParams('to=2027-03-31'));
    expect(trendPeriodOf(untilMarch, today)).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    const fromFebruary = readDashboardState(new URLSearchParams('from=2027-02-01'));
    expect(trendPeriodOf(fromFebruary, today)).toEqual({ from: '2027-02-01', to: '2027-05-20' });
  });
});

describe('persistent gaps thresholds', () => {
  it('keeps "no day threshold" in the URL, and falls back to the default days without runs', () => {
    const runsOnly = readDashboardState(new URLSearchParams('days=&runs=1'));
    expect(runsOnly.openLongerThanDays).toBeUndefined();
    expect(writeDashboardState(runsOnly).toString()).toBe('days=&runs=1');
    expect(persistenceOf(runsOnly)).toEqual({ openLongerThanDays: null, unmetInLastRuns: 1 });
    const neither = readDashboardState(new URLSearchParams('days='));
    expect(persistenceOf(neither)).toEqual({
      openLongerThanDays: DEFAULT_OPEN_LONGER_THAN_DAYS,
      unmetInLastRuns: null,
    });
  });
});
