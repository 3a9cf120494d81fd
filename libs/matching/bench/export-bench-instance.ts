// npm run match:bench-instance -- --gaps 10000 --offers 2000 --output instance.json
// Writes a benchmark instance (same generator and seed as bench:matching) for the CLI.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { generateInstance } from './generate-instance';

const { values } = parseArgs({
  options: {
    gaps: { type: 'string', default: '10000' },
    offers: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '42' },
    output: { type: 'string', default: 'bench-instance.json' },
  },
});
const instance = generateInstance(Number(values.gaps), Number(values.offers), Number(values.seed));
writeFileSync(values.output!, JSON.stringify(instance));
process.stdout.write(
  `Wrote ${instance.gaps.length} gaps and ${instance.offers.length} offers to ${values.output}\n`,
);
