import { EnvironmentError, logLevelsUpTo, validateEnvironment } from './environment';

describe('validateEnvironment', () => {
  it('gives local defaults when nothing is set', () => {
    const env = validateEnvironment({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/lcm_match');
    expect(env.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(env.NODE_ENV).toBe('development');
    expect(env.WORKER_HEALTH_PORT).toBe(3001);
  });

  it('converts and keeps given values', () => {
    const env = validateEnvironment({ PORT: '8080', QUEUE_PREFIX: 'ci-1', NODE_ENV: 'test' });
    expect(env.PORT).toBe(8080);
    expect(env.QUEUE_PREFIX).toBe('ci-1');
    expect(validateEnvironment({ WORKER_HEALTH_PORT: '0' }).WORKER_HEALTH_PORT).toBe(0);
  });

  it('serves the public pledge summary unless PUBLIC_PLEDGE_SUMMARY=false; nothing else is read', () => {
    expect(validateEnvironment({}).PUBLIC_PLEDGE_SUMMARY).toBe('true');
    expect(validateEnvironment({ PUBLIC_PLEDGE_SUMMARY: 'false' }).PUBLIC_PLEDGE_SUMMARY).toBe(
      'false',
    );
    expect(() => validateEnvironment({ PUBLIC_PLEDGE_SUMMARY: 'off' })).toThrow(
      /PUBLIC_PLEDGE_SUMMARY="off"/,
    );
  });

  it('names every bad variable in one error', () => {
    let error: unknown;
    try {
      validateEnvironment({ PORT: 'eighty', DATABASE_URL: 'mysql://x', NODE_ENV: 'prod' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EnvironmentError);
    const problems = (error as EnvironmentError).problems.join('\n');
    expect(problems).toMatch(/^PORT="eighty"/m);
    expect(problems).toMatch(/^DATABASE_URL="mysql:\/\/x": must be a postgres/m);
    expect(problems).toMatch(/^NODE_ENV="prod"/m);
  });

  it('splits match runs from 20,000 gaps by default; 0 never, a negative count is refused', () => {
    expect(validateEnvironment({}).MATCH_DISTRIBUTE_FROM_GAPS).toBe(0);
    expect(
      validateEnvironment({ MATCH_DISTRIBUTE_FROM_GAPS: '0' }).MATCH_DISTRIBUTE_FROM_GAPS,
    ).toBe(0);
    expect(() => validateEnvironment({ MATCH_DISTRIBUTE_FROM_GAPS: '-1' })).toThrow(
      /MATCH_DISTRIBUTE_FROM_GAPS="-1"/,
    );
  });

  it('refuses a worker health port outside 0-65535', () => {
    expect(() => validateEnvironment({ WORKER_HEALTH_PORT: '70000' })).toThrow(
      /WORKER_HEALTH_PORT="70000"/,
    );
  });
});

describe('secrets', () => {
  it('refuses the development JWT secret in production, naming the variable', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET: must be set to a secret of your own in production/,
    );
    const secret = 'x'.repeat(40);
    expect(validateEnvironment({ NODE_ENV: 'production', JWT_SECRET: secret }).JWT_SECRET).toBe(
      secret,
    );
  });

  it('refuses a short secret', () => {
    expect(() => validateEnvironment({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET="short"/);
  });
});

describe('METRICS_TOKEN', () => {
  it('is optional, and refused when short', () => {
    expect(validateEnvironment({}).METRICS_TOKEN).toBeUndefined();
    const token = 'm'.repeat(32);
    expect(validateEnvironment({ METRICS_TOKEN: token }).METRICS_TOKEN).toBe(token);
    expect(() => validateEnvironment({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN="short"/);
  });
});

describe('logLevelsUpTo', () => {
  it('keeps the more severe levels', () => {
    expect(logLevelsUpTo('warn')).toEqual(['fatal', 'error', 'warn']);
    expect(logLevelsUpTo('verbose')).toHaveLength(6);
  });
});
