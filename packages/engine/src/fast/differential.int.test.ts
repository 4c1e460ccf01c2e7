import { Dataset, type RunResult } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { rng } from '../../test/rng.ts';
import { randomData, randomPack } from '../../test/random-pack.ts';
import { compilePack } from '../compile/compile-pack.ts';
import { evaluate } from '../evaluate/evaluate.ts';
import { evaluateFast } from './evaluate-fast.ts';
import { transientFrom } from './pool.ts';

const PACKS = 1000;
const TRANSIENT_PACKS = 300;
const DATASETS = 10;
const AS_OF = ['2024-03-31', '2024-06-15', '2024-01-31'];

/** Which of the features the random packs mix in a run exercised, counted over the runs. */
function features(result: RunResult, data: Dataset, vetoLast: boolean): string[] {
  const entries = result.groups.flatMap((g) => Object.values(g.listEntries).flat());
  return [
    ...(data.projects.length > 0 ? ['projects'] : []),
    ...(result.projects !== undefined ? ['projectRules'] : []),
    ...(result.parameters !== undefined ? ['parameters'] : []),
    ...(vetoLast && result.groups.some((g) => g.units.some((u) => u.vetoed && u.rank !== null)) ? ['vetoLast'] : []),
    ...(entries.some((e) => e.amount !== null) ? ['listAmounts'] : []),
    ...(entries.some((e) => e.detail !== null) ? ['listNotes'] : []),
  ];
}

/** Runs `packs` random packs on `DATASETS` datasets each through both paths and checks that their results are byte-identical. */
function differential(seed: number, packs: number): void {
  const r = rng(seed);
  let fast = 0;
  let runs = 0;
  const seen = new Map<string, number>();
  for (let k = 0; k < packs; k++) {
    const cp = compilePack(randomPack(r, k));
    for (let d = 0; d < DATASETS; d++) {
      const data = Dataset.parse(randomData(r, cp.pack));
      const options = { asOf: AS_OF[d % AS_OF.length]!, trace: d === 0 };
      const run = evaluateFast(cp, data, options);
      if (run.fallback === null) fast++;
      // Measures over project outcomes (status from the project rules) run on columns, not member by member.
      if (run.exactFacts.some((f) => f.startsWith('laggingProjects'))) expect.fail(`pack ${k} dataset ${d}: ${run.exactFacts.join('; ')}`);
      runs++;
      const exact = evaluate(cp, data, options);
      for (const f of features(exact, data, cp.pack.veto?.placement === 'last')) seen.set(f, (seen.get(f) ?? 0) + 1);
      const got = JSON.stringify(run.result());
      if (got !== JSON.stringify(exact)) expect.fail(`pack ${k} dataset ${d}: ${JSON.stringify({ pack: cp.pack, data })}`);
    }
  }
  console.log(`${runs} runs, ${fast} on the fast path; runs exercising each feature:`, Object.fromEntries(seen));
  // Every random pack is in the fast path's language: none may fall back.
  expect(fast).toBe(runs);
  for (const f of ['projects', 'projectRules', 'parameters', 'vetoLast', 'listAmounts', 'listNotes']) expect(seen.get(f) ?? 0).toBeGreaterThan(runs / 50);
}

describe('fast path against the exact engine', () => {
  it(`gives byte-identical results on ${PACKS * DATASETS} random packs and datasets`, () => differential(20261204, PACKS), 1_500_000);

  it(`gives them too when every group gives back a sum's term columns once added (${TRANSIENT_PACKS * DATASETS} more runs)`, () => {
    // Groups this small keep their columns (pool.ts): here every sum term's are given back and computed again when read.
    const before = transientFrom(0);
    try {
      differential(20261205, TRANSIENT_PACKS);
    } finally {
      transientFrom(before);
    }
  }, 1_500_000);
});
