import { describeDatabaseError, serializeError } from './database-errors';

function queryFailed(): Error {
  const driverError = Object.assign(new Error('invalid input syntax for type uuid: "s3cr3t"'), {
    severity: 'ERROR',
    code: '22P02',
    routine: 'string_to_uuid',
    detail: 'Failing row contains (s3cr3t)',
    table: 'capability_gaps',
  });
  return Object.assign(new Error(driverError.message), {
    name: 'QueryFailedError',
    driverError,
    parameters: ['s3cr3t'],
    query: 'SELECT 1 WHERE id = $1',
  });
}

describe('database errors in logs', () => {
  it('are described by code and schema objects only', () => {
    expect(describeDatabaseError(queryFailed())).toBe(
      'Database error (SQLSTATE 22P02, table capability_gaps)',
    );
  });

  it('are serialized without message, parameters, detail or driver error', () => {
    const serialized = JSON.stringify(serializeError(queryFailed()));
    expect(serialized).not.toContain('s3cr3t');
    expect(serialized).toContain('SQLSTATE 22P02');
  });

  it('leave other errors to pino', () => {
    expect(serializeError(new Error('plain'))).toMatchObject({ type: 'Error', message: 'plain' });
  });
});
