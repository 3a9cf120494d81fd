import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type MatchResult } from '../result';
import { writeResult } from './write-result';

describe('writeResult', () => {
  it('writes exactly what JSON.stringify(result, null, 2) would: empty lists, lists over one slice', async () => {
    const result = JSON.parse(
      readFileSync(
        join(__dirname, '..', '..', 'examples', 'peacekeeping-small.result.json'),
        'utf8',
      ),
    ) as MatchResult;
    const directory = mkdtempSync(join(tmpdir(), 'lcm-write-'));
    const many = {
      ...result,
      candidates: Array.from({ length: 12_001 }, (_, index) => ({
        ...result.candidates[index % result.candidates.length],
        gapId: `G${index}`,
      })),
    };
    for (const variant of [result, { ...result, allocations: [], unmet: [] }, many]) {
      const path = join(directory, 'out.json');
      await writeResult(variant, path);
      expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(variant, null, 2)}\n`);
    }
  });
});
