import { DomainError, ErrorCode } from '../errors/domain-error';
import { decodeCursor, encodeCursor } from './cursor';

describe('cursors', () => {
  it('round-trips a keyset position', () => {
    const position = {
      value: '2026-11-25T05:00:00.123Z',
      id: 'a3f1c2d4-0000-4000-8000-000000000001',
    };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it.each([
    '',
    'not-a-cursor',
    Buffer.from('[1,2]').toString('base64url'),
    Buffer.from('{"a":1}').toString('base64url'),
  ])('rejects %p as BAD_USER_INPUT on the argument', (cursor) => {
    expect.assertions(3);
    try {
      decodeCursor(cursor, 'after');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe(ErrorCode.BAD_USER_INPUT);
      expect((error as DomainError).field).toBe('after');
    }
  });
});
