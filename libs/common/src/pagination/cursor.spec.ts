import { DomainError, ErrorCode } from '../errors/domain-error';
import { decodeCursor, encodeCursor } from './cursor';
import { isSortValue } from './paginate';

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

describe('cursor values (isSortValue)', () => {
  it.each([
    ['timestamptz', '2024-02-29T23:59:59.123456Z', true],
    ['timestamptz', '2024-02-31T00:00:00Z', false],
    ['timestamptz', '0000-01-01T00:00:00Z', false],
    ['timestamptz', '2024-01-01T24:00:00Z', false],
    ['timestamptz', '2024-01-01T00:60:00Z', false],
    ['timestamptz', '2024-01-01T00:00:00+16:00', false],
    ['date', '2028-02-29', true],
    ['date', '2100-02-29', false],
    ['date', '2024-13-01', false],
    ['date', '2024-04-31', false],
    ['float', '1.5e3', true],
    ['float', '0x10', false],
    ['float', 'Infinity', false],
    ['integer', '2147483648', false],
    ['text', 'a\u0000b', false],
    ['text', 'Ünïcødé 🚑', true],
    ['uuid', "' OR 1=1 --", false],
  ] as const)('%s %j → %s', (type, value, valid) => {
    expect(isSortValue(type === 'text' ? undefined : type, value)).toBe(valid);
  });
});
