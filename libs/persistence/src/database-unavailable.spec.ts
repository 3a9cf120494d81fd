import { isDatabaseUnavailable } from './database-unavailable';

const pgError = (code: string) => Object.assign(new Error('pg'), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    ],
    [
      'a server shutting down (57P01)',
      Object.assign(new Error('q'), { driverError: pgError('57P01') }),
    ],
    ['a server starting up (57P03)', pgError('57P03')],
    ['a connection exception (08006)', pgError('08006')],
    ['a lost connection', new Error('Connection terminated unexpectedly')],
  ])('%s is', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a check violation (23514)', Object.assign(new Error('q'), { driverError: pgError('23514') })],
    ['a syntax error (42601)', pgError('42601')],
    ['a plain error', new Error('boom')],
    ['a full pool', new Error('timeout exceeded when trying to connect')],
    ['nothing', undefined],
  ])('%s is not', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
