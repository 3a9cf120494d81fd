import { type DataSource } from 'typeorm';

import { type MatchInstance } from '@app/matching';

const CHUNK = 1_000;

/** `($1, …, $n, <constants>), …` for a multi-row INSERT. */
function rowsOf(rows: number, columns: number, constants: string): string {
  return Array.from({ length: rows }, (_, row) => {
    const parameters = Array.from(
      { length: columns },
      (_, column) => `$${row * columns + column + 1}`,
    );
    return `(${parameters.join(', ')}, ${constants})`;
  }).join(', ');
}

/**
 * Writes an engine instance (e.g. the benchmark's generated one) into the database as OPEN gaps
 * and offers, straight through SQL: fast, and without scheduling automatic runs.
 */
export async function loadInstance(dataSource: DataSource, instance: MatchInstance): Promise<void> {
  for (let start = 0; start < instance.gaps.length; start += CHUNK) {
    const chunk = instance.gaps.slice(start, start + CHUNK);
    await dataSource.query(
      `INSERT INTO capability_gaps (member_state_iso3, category, capability, title, quantity, unit,
         priority, languages, preferred_delivery_modes, needed_from, needed_by, source, status)
       VALUES ${rowsOf(chunk.length, 11, `'SELF_DECLARED', 'OPEN'`)}`,
      chunk.flatMap((gap) => [
        gap.memberState,
        gap.category,
        gap.capability,
        `Benchmark gap ${gap.id}`,
        gap.quantity,
        'TRAINEES',
        gap.priority,
        gap.languages,
        gap.deliveryModes ?? [],
        gap.neededFrom,
        gap.neededBy,
      ]),
    );
  }
  for (let start = 0; start < instance.offers.length; start += CHUNK) {
    const chunk = instance.offers.slice(start, start + CHUNK);
    await dataSource.query(
      `INSERT INTO offers (donor_iso3, category, capabilities, title, capacity, unit, cost_per_unit,
         budget, languages, delivery_modes, eligible, excluded, available_from, available_to, status)
       VALUES ${rowsOf(chunk.length, 14, `'OPEN'`)}`,
      chunk.flatMap((offer) => [
        offer.donor,
        offer.category,
        offer.capabilities,
        `Benchmark offer ${offer.id}`,
        offer.capacity,
        'TRAINEES',
        offer.costPerUnit ?? null,
        offer.budget ?? null,
        offer.languages,
        offer.deliveryModes ?? [],
        offer.eligible,
        offer.excluded,
        offer.availableFrom,
        offer.availableTo,
      ]),
    );
  }
}
