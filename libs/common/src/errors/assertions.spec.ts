import { GAP_STATUS_MACHINE, GapStatus } from '@app/domain';

import { assertTransition } from './assert-transition';
import { assertWindow } from './assert-window';
import { ConflictError, BadInputError } from './domain-error';

describe('assertTransition', () => {
  it('allows a move of the machine', () => {
    expect(() =>
      assertTransition(GAP_STATUS_MACHINE, 'CapabilityGap', 'g1', GapStatus.DRAFT, GapStatus.OPEN),
    ).not.toThrow();
  });

  it('refuses any other move with CONFLICT listing what is allowed', () => {
    try {
      assertTransition(
        GAP_STATUS_MACHINE,
        'CapabilityGap',
        'g1',
        GapStatus.CANCELLED,
        GapStatus.OPEN,
      );
      throw new Error('should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).message).toBe(
        'CapabilityGap g1 is CANCELLED and cannot become OPEN; allowed from CANCELLED: none (final status)',
      );
      expect((error as ConflictError).details).toEqual({ from: 'CANCELLED', to: 'OPEN' });
    }
  });
});

describe('assertWindow', () => {
  it('accepts a one-day window and refuses an end before the start', () => {
    expect(() => assertWindow('2027-01-01', '2027-01-01', 'input.neededBy')).not.toThrow();
    expect(() => assertWindow('2027-01-02', '2027-01-01', 'input.neededBy')).toThrow(BadInputError);
  });
});
