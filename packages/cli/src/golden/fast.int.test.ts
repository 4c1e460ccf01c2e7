import { evaluate, evaluateFast } from '@kaoping/engine';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../load-data.ts';
import { loadPackDir } from '../load-pack.ts';
import { rulesDir } from './golden-helpers.ts';

const CASES: [string, string[]][] = [
  ['gulou-2021', ['2021-03-31', '2021-06-30']],
  ['jilin-2023', ['2022-12-31', '2023-12-31']],
  ['luocheng-2023', ['2023-01-31', '2023-02-28', '2023-03-31', '2023-04-30', '2023-05-31', '2023-06-30']],
  ['luoxi-2022', ['2022-06-30', '2022-12-31']],
  ['sanming-2020', ['2020-03-31', '2020-06-30', '2020-12-31']],
];

describe('reference packs on the fast path', () => {
  for (const [pack, dates] of CASES) {
    it(`${pack}: byte-identical to evaluate, without falling back`, () => {
      const cp = loadPackDir(rulesDir(pack));
      const data = loadDataDir(`${rulesDir(pack)}/fixtures`, cp.pack);
      for (const asOf of dates) {
        const run = evaluateFast(cp, data, { asOf, trace: true });
        const bridged = run.exactFacts.length === 0 ? '' : `; per member on the exact engine: ${run.exactFacts.join('、')}`;
        console.log(`${pack} ${asOf}: ${run.fallback === null ? 'fast path' : `exact engine (${run.fallback})`}${bridged}`);
        expect(run.fallback).toBeNull();
        expect(JSON.stringify(run.result())).toBe(JSON.stringify(evaluate(cp, data, { asOf, trace: true })));
      }
    });
  }
});
