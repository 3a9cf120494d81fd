import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { match } from './match';
import { validateInstance } from './validate-instance';

const examples = join(__dirname, '..', 'examples');

/*
 * Hand check of examples/peacekeeping-small.json (as of 2026-12-01):
 * - RWA CASEVAC (40, critical, by 2027-01-20): only OFFER-USA-MED (France is available from March).
 *   Score: 0.25·1 + 0.15·(365−50)/335 + 0.15·1 + 0.15·1 (French is official in RWA)
 *   + 0.10·0.2 (Americas–Africa) + 0.10·1 (partnership) + 0.10·0.5 (no mode preference) = 0.861045.
 * - SEN CASEVAC (30): USA or France (French); France's budget buys 25 000 / 1 000 = 25 units.
 * - NPL C-IED (25): Japan's whole-category offer to Asia (142), English is not official in Nepal.
 * - BGD female engagement team: Canada excludes BGD → unmet 20.
 * - GHA Level II hospital: nobody offers it → unmet 2.
 * The US offer (50) takes RWA's 40 and 10 of SEN; France covers SEN's other 20: all 95 coverable
 * units are covered, objective 40·0.861045 + 30·0.626455 + 25·0.475261 = 65.116975.
 */
describe('golden instance', () => {
  it('matches the hand-checked result exactly', async () => {
    const instance = validateInstance(
      JSON.parse(readFileSync(join(examples, 'peacekeeping-small.json'), 'utf8')),
    );
    const expected = readFileSync(join(examples, 'peacekeeping-small.result.json'), 'utf8');
    const result = await match(instance);
    expect(result.objective).toBe(65.116975);
    expect(result.covered).toBe(95);
    expect(result.unmet).toEqual([
      { gapId: 'GAP-BGD-FET', quantity: 20 },
      { gapId: 'GAP-GHA-L2', quantity: 2 },
    ]);
    expect(result.allocations.find((a) => a.gapId === 'GAP-RWA-CASEVAC')).toMatchObject({
      offerId: 'OFFER-USA-MED',
      quantity: 40,
      score: 0.861045,
    });
    expect(`${JSON.stringify(result, null, 2)}\n`).toBe(expected);
  });
});
