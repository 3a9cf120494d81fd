import { PLEDGE_STATUS_MACHINE, PledgeStatus } from './pledge';
import { canTransition } from './status-machine';

describe('PLEDGE_STATUS_MACHINE', () => {
  const { ANNOUNCED, COMMITTED, IN_PROGRESS, FULFILLED, WITHDRAWN } = PledgeStatus;

  it('climbs the ladder one rung at a time', () => {
    expect(canTransition(PLEDGE_STATUS_MACHINE, ANNOUNCED, COMMITTED)).toBe(true);
    expect(canTransition(PLEDGE_STATUS_MACHINE, COMMITTED, IN_PROGRESS)).toBe(true);
    expect(canTransition(PLEDGE_STATUS_MACHINE, IN_PROGRESS, FULFILLED)).toBe(true);
    expect(canTransition(PLEDGE_STATUS_MACHINE, ANNOUNCED, IN_PROGRESS)).toBe(false);
    expect(canTransition(PLEDGE_STATUS_MACHINE, ANNOUNCED, FULFILLED)).toBe(false);
    expect(canTransition(PLEDGE_STATUS_MACHINE, COMMITTED, ANNOUNCED)).toBe(false);
  });

  it('lets any open pledge be withdrawn; FULFILLED and WITHDRAWN are final', () => {
    for (const from of [ANNOUNCED, COMMITTED, IN_PROGRESS])
      expect(canTransition(PLEDGE_STATUS_MACHINE, from, WITHDRAWN)).toBe(true);
    expect(PLEDGE_STATUS_MACHINE[FULFILLED]).toEqual([]);
    expect(PLEDGE_STATUS_MACHINE[WITHDRAWN]).toEqual([]);
  });
});
