import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Category, Priority } from '@app/domain';

import { type MatchInstance } from './instance';
import {
  assembleResult,
  describePartition,
  match,
  partitionInstance,
  solvePartitionInput,
  solverName,
} from './match';
import { gap, offer } from './test-fixtures';
import { validateInstance } from './validate-instance';

/** Through JSON, as a partition travels to another process (a BullMQ job's data and return value). */
function overTheWire<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** match()'s steps run apart: each partition solved on its own, the outputs assembled in reverse. */
async function solvedApart(instance: MatchInstance, includeCandidates: boolean) {
  const partitions = overTheWire(partitionInstance(instance));
  const outputs = [];
  for (const partition of partitions) {
    const result = await solvePartitionInput(partition.input);
    outputs.push(overTheWire(describePartition(partition.input, result, { includeCandidates })));
  }
  return { partitions, result: assembleResult(outputs.reverse(), await solverName()) };
}

const SEVERAL_CATEGORIES: MatchInstance = {
  asOf: '2027-01-01',
  partnerships: [{ donor: 'USA', memberState: 'RWA' }],
  gaps: [
    gap({ id: 'M2', quantity: 15, priority: Priority.CRITICAL }),
    gap({ id: 'M1', quantity: 10, languages: ['fr'] }),
    gap({ id: 'E1', category: Category.ENGINEERING, capability: 'HORIZONTAL_CONSTRUCTION' }),
    gap({ id: 'L1', category: Category.LOGISTICS, capability: 'MOVEMENT_CONTROL', quantity: 30 }),
    gap({ id: 'A1', category: Category.AVIATION, capability: 'NIGHT_VISION', quantity: 5 }),
  ],
  offers: [
    offer({ id: 'OM1', capacity: 12, languages: ['fr', 'en'] }),
    offer({ id: 'OM2', capabilities: [], capacity: 8, donor: 'FRA', languages: ['fr'] }),
    offer({ id: 'OE', category: Category.ENGINEERING, capabilities: [], capacity: 4 }),
    offer({
      id: 'OL',
      category: Category.LOGISTICS,
      capabilities: ['MOVEMENT_CONTROL'],
      capacity: 50,
    }),
    offer({
      id: 'OL2',
      category: Category.LOGISTICS,
      capabilities: [],
      capacity: 9,
      costPerUnit: 2,
      budget: 10,
    }),
  ],
};

describe('match() in steps: partitionInstance, solvePartitionInput, describePartition, assembleResult', () => {
  it('gives one partition per category, in category order, as plain JSON', () => {
    const partitions = partitionInstance(SEVERAL_CATEGORIES);
    expect(partitions.map((partition) => partition.category)).toEqual([
      'AVIATION',
      'ENGINEERING',
      'LOGISTICS',
      'MEDICAL',
    ]);
    expect(overTheWire(partitions)).toEqual(partitions);
    expect(partitions[3].input.gaps.map((item) => item.id)).toEqual(['M1', 'M2']);
  });

  it.each([true, false])(
    'assembling separately solved partitions equals match() (includeCandidates %s)',
    async (includeCandidates) => {
      const { result } = await solvedApart(SEVERAL_CATEGORIES, includeCandidates);
      const whole = await match(SEVERAL_CATEGORIES, { includeCandidates });
      expect(whole.allocations.length).toBeGreaterThan(3);
      expect(whole.unmet.length).toBeGreaterThan(0);
      expect(JSON.stringify(result)).toBe(JSON.stringify(whole));
    },
  );

  it('equals match() on the demo data (many categories)', async () => {
    const instance = validateInstance(
      JSON.parse(readFileSync(join(__dirname, '..', 'examples', 'demo-instance.json'), 'utf8')),
    );
    const { partitions, result } = await solvedApart(instance, false);
    expect(partitions.length).toBeGreaterThan(3);
    expect(JSON.stringify(result)).toBe(
      JSON.stringify(await match(instance, { includeCandidates: false })),
    );
  });

  it('assembles an empty instance', async () => {
    const empty: MatchInstance = { asOf: '2027-01-01', gaps: [], offers: [] };
    expect(partitionInstance(empty)).toEqual([]);
    expect(assembleResult([], await solverName())).toEqual(await match(empty));
  });
});
