import { Dataset } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { rng } from '../../test/rng.ts';
import { randomData, randomPack } from '../../test/random-pack.ts';
import { compilePack } from '../compile/compile-pack.ts';
import { evaluate } from '../evaluate/evaluate.ts';
import { evaluateFast } from './evaluate-fast.ts';

const PACKS = 1000;
const DATASETS = 10;
const AS_OF = ['2024-03-31', '2024-06-15', '2024-01-31'];

describe('fast path against the exact engine', () => {
  it(`gives byte-identical results on ${PACKS * DATASETS} random packs and datasets`, () => {
    const r = rng(20261204);
    let fast = 0;
    let runs = 0;
    for (let k = 0; k < PACKS; k++) {
      const cp = compilePack(randomPack(r, k));
      for (let d = 0; d < DATASETS; d++) {
        const data = Dataset.parse(randomData(r, cp.pack));
        const options = { asOf: AS_OF[d % AS_OF.length]!, trace: d === 0 };
        const run = evaluateFast(cp, data, options);
        if (run.fallback === null) fast++;
        runs++;
        const want = JSON.stringify(evaluate(cp, data, options));
        const got = JSON.stringify(run.result());
        if (got !== want) expect.fail(`pack ${k} dataset ${d}: ${JSON.stringify({ pack: cp.pack, data })}`);
      }
    }
    // Every random pack is in the fast path's language: none may fall back.
    expect(fast).toBe(runs);
  }, 600_000);
});
