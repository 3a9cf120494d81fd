// npm run match:demo-instance — writes the service's demo data (libs/demo-data) as a what-if
// instance, dated from --as-of (default today), to libs/matching/examples/demo-instance.json.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { readDemoGaps, readDemoOffers } from '@app/demo-data';

import { type MatchInstance } from '../src/instance';

const { values } = parseArgs({
  options: {
    'as-of': { type: 'string', default: new Date().toISOString().slice(0, 10) },
    output: { type: 'string', default: join(__dirname, '..', 'examples', 'demo-instance.json') },
  },
});
const asOf = values['as-of']!;
const day = (offset: number) =>
  new Date(Date.parse(`${asOf}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

const instance: MatchInstance = {
  asOf,
  gaps: readDemoGaps()
    .filter((gap) => gap.open)
    .map((gap) => ({
      id: gap.key,
      memberState: gap.memberState,
      mission: gap.mission,
      category: gap.category,
      capability: gap.capability,
      quantity: gap.quantity,
      priority: gap.priority,
      languages: gap.languages,
      neededFrom: day(gap.neededFromDays),
      neededBy: day(gap.neededByDays),
      deliveryModes: gap.preferredDeliveryModes,
    })),
  offers: readDemoOffers()
    .filter((offer) => offer.open)
    .map((offer) => ({
      id: offer.key,
      donor: offer.donor,
      category: offer.category,
      capabilities: offer.capabilities,
      capacity: offer.capacity,
      languages: offer.languages,
      eligible: offer.eligible,
      excluded: offer.excluded,
      availableFrom: day(offer.availableFromDays),
      availableTo: day(offer.availableToDays),
      costPerUnit: offer.costPerUnit,
      budget: offer.budget,
      deliveryModes: offer.deliveryModes,
    })),
  partnerships: [
    { donor: 'USA', memberState: 'RWA' },
    { donor: 'FRA', memberState: 'SEN' },
    { donor: 'JPN', memberState: 'BGD' },
  ],
};
writeFileSync(values.output!, `${JSON.stringify(instance, null, 2)}\n`);
process.stdout.write(
  `Wrote ${instance.gaps.length} gaps and ${instance.offers.length} offers to ${values.output}\n`,
);
