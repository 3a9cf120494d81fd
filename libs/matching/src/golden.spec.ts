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

/*
 * Hand check of examples/peacekeeping-dozen.json (as of 2026-12-01, default weights). Every score
 * was recomputed outside the engine from the formula in libs/matching/README.md (official languages and M49
 * areas looked up by hand); the allocation is reasoned category by category:
 * - MEDICAL. USA (40 units, Africa only) is the only offer for RWA's Level II hospital (2 units,
 *   0.906567: critical, 60 days, French is official in Rwanda, existing partnership, in-country as
 *   preferred) and for EGY's CASEVAC (20, 0.523694: Egypt is in Africa (015 ⊂ 002); English is not
 *   official there). France's whole-category offer is for Sub-Saharan Africa (202), so not Egypt;
 *   its budget buys 36,000 / 1,500 = 24 of its 50 units. For SEN's CASEVAC (30) France scores
 *   0.651455 (existing partnership) against the USA's 0.626455 (exact capability), so SEN takes
 *   France's 24 and 6 of the USA's 18 spare units. GBR's 25 combat-lifesaver places go to GHA
 *   (0.572761: English is official, past partnership 0.5) rather than NPL (0.564888: higher
 *   priority but English is not Nepal's language): GHA 15 and NPL 15 unmet. No offer reaches
 *   IND's mental-health gap (USA: Africa only; France: French only; GBR: another capability).
 * - TECHNOLOGY. NPL's C-IED (25) scores 0.575261 with Japan (whole category, existing partnership)
 *   and 0.550261 with Korea (exact); PAK's UAS (10) only has Japan (30 units). Optimal: PAK 10 and
 *   NPL 20 from Japan, NPL 5 from Korea. Greedy (best score first) would give NPL 25 of Japan and
 *   leave PAK 5 short: 16.750930 instead of 18.995335 in this category.
 * - WOMEN_PARTICIPATION. Canada excludes BGD; the Netherlands (Southern Asia, 034) gives BGD 12 of
 *   20. SEN's women officers' course (6) goes to Canada (French, regional training centre).
 * - COMMAND_AND_CONTROL. IDN (8): Germany 0.532948 (exact, donor-country delivery as preferred)
 *   over China 0.497948. EGY's JOC is needed by 28 February and Germany starts on 1 March, so
 *   only China (whole category, 5 of 10 units) serves it.
 * Covered 77 + 35 + 18 + 13 = 143 of 191; objective 80.530846.
 */
describe('golden instance: a dozen gaps, nine donors', () => {
  it('matches the hand-checked result exactly', async () => {
    const instance = validateInstance(
      JSON.parse(readFileSync(join(examples, 'peacekeeping-dozen.json'), 'utf8')),
    );
    const result = await match(instance);
    const allocated = result.allocations.map((a) => `${a.gapId} ← ${a.offerId}: ${a.quantity}`);
    expect(allocated).toEqual([
      'GAP-01-RWA-L2-HOSPITAL ← OFFER-1-USA-MEDICAL: 2',
      'GAP-02-SEN-CASEVAC ← OFFER-1-USA-MEDICAL: 6',
      'GAP-02-SEN-CASEVAC ← OFFER-2-FRA-SANTE: 24',
      'GAP-03-GHA-COMBAT-LIFESAVER ← OFFER-3-GBR-CLS: 25',
      'GAP-04-EGY-CASEVAC ← OFFER-1-USA-MEDICAL: 20',
      'GAP-05-NPL-CIED ← OFFER-4-JPN-TECH: 20',
      'GAP-05-NPL-CIED ← OFFER-5-KOR-CIED: 5',
      'GAP-06-PAK-UAS ← OFFER-4-JPN-TECH: 10',
      'GAP-07-BGD-FET ← OFFER-7-NLD-FET: 12',
      'GAP-08-SEN-WOMEN-OFFICERS ← OFFER-6-CAN-WPS: 6',
      'GAP-09-IDN-PKI ← OFFER-8-DEU-C2: 8',
      'GAP-10-EGY-JOC ← OFFER-9-CHN-C2: 5',
    ]);
    expect(result.objective).toBe(80.530846);
    expect(result.covered).toBe(143);
    expect(result.unmet).toEqual([
      { gapId: 'GAP-03-GHA-COMBAT-LIFESAVER', quantity: 15 },
      { gapId: 'GAP-07-BGD-FET', quantity: 8 },
      { gapId: 'GAP-11-IND-MENTAL-HEALTH', quantity: 10 },
      { gapId: 'GAP-12-NPL-COMBAT-LIFESAVER', quantity: 15 },
    ]);
    expect(result.candidates).toHaveLength(14);
    expect(result.allocations[0].explanation).toBe(
      'Same capability LEVEL_2_HOSPITAL; French delivery matches; existing RWA–USA partnership; in country delivery as preferred; CRITICAL priority; needed within 60 days',
    );
    const expected = readFileSync(join(examples, 'peacekeeping-dozen.result.json'), 'utf8');
    expect(`${JSON.stringify(result, null, 2)}\n`).toBe(expected);
  });
});
