import { type IncomingMessage } from 'node:http';

import { requestIdFrom, requestIdOf } from './request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('requestIdFrom', () => {
  it.each([
    'a3f1c2d4-0000-4000-8000-000000000001',
    '01J9Z3M5Q8W2V7X4Y6T1R0S9PB',
    'trace.1234:abcd_EF-9',
    'x'.repeat(128),
  ])('keeps the sane id %p', (id) => {
    expect(requestIdFrom(id)).toBe(id);
  });

  it('takes the first of repeated headers', () => {
    expect(requestIdFrom(['first-id', 'second-id'])).toBe('first-id');
  });

  it.each([
    undefined,
    '',
    'has space',
    'line\nbreak',
    '-leading-dash',
    'x'.repeat(129),
    '<script>',
    'é',
  ])('replaces %p with a new UUID', (header) => {
    const id = requestIdFrom(header);
    expect(id).toMatch(UUID);
    expect(requestIdFrom(header)).not.toBe(id);
  });
});

describe('requestIdOf', () => {
  it('computes the id of a request once, so every caller gets the same', () => {
    const req = { headers: {} } as IncomingMessage;
    const id = requestIdOf(req);
    expect(id).toMatch(UUID);
    expect(requestIdOf(req)).toBe(id);
    expect(requestIdOf({ headers: {} } as IncomingMessage)).not.toBe(id);
    expect(
      requestIdOf({ headers: { 'x-request-id': 'given-id' } } as unknown as IncomingMessage),
    ).toBe('given-id');
  });
});
