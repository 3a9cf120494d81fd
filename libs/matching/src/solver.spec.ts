import { generateInstance } from '../bench/generate-instance';
import { buildProgram } from './allocate';
import { buildCandidates } from './candidates';
import { byId, partitionByCategory } from './match';
import { pairContext } from './partition';
import { loadHighs, solveLinearProgram } from './solver';
import { resolveWeights } from './weights';

describe('column generation', () => {
  it('reaches exactly the optimum of the whole LP, in more than one round', async () => {
    const highs = await loadHighs();
    const instance = generateInstance(10_000, 2_000, 7);
    const shared = {
      asOf: instance.asOf,
      weights: resolveWeights(undefined),
      partnerships: instance.partnerships ?? [],
    };
    const [partition] = partitionByCategory(
      [...instance.gaps].sort(byId),
      [...instance.offers].sort(byId),
      shared,
    );
    const { gaps, offers } = partition.input;
    const pairs = buildCandidates(gaps, offers, pairContext(shared));
    const members = Int32Array.from({ length: pairs.length }, (_, index) => index);
    const program = buildProgram(pairs, members, gaps, offers);
    expect(pairs.length).toBeGreaterThan(5_000);

    const whole = solveLinearProgram(highs, program, 'whole');
    const generated = solveLinearProgram(highs, program, 'column-generation');
    expect(generated.rounds).toBeGreaterThan(1);
    expect(generated.objective).toBeCloseTo(whole.objective, 6);
    const valueOf = (values: Float64Array) =>
      values.reduce((sum, x, i) => sum + x * program.objective[i], 0);
    expect(valueOf(generated.values)).toBeCloseTo(whole.objective, 6);
  }, 60_000);
});
