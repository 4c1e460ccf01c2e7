import { Dataset } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { pack, run, unitsWithValues } from '../../../test/factory.ts';
import { randomData, randomPack } from '../../../test/random-pack.ts';
import { rng } from '../../../test/rng.ts';
import { compilePack } from '../../compile/compile-pack.ts';
import { evaluate } from '../evaluate.ts';

describe('recorded evaluation', () => {
  it('gives the same result as the compiled formulas on random packs (a traced run records, an untraced one does not)', () => {
    const r = rng(20261205);
    let traced = 0;
    for (let k = 0; k < 120; k++) {
      const cp = compilePack(randomPack(r, k));
      const data = Dataset.parse(randomData(r, cp.pack));
      const asOf = k % 2 === 0 ? '2024-03-31' : '2024-06-15';
      const { trace, ...withTrace } = evaluate(cp, data, { asOf, trace: true });
      const plain = evaluate(cp, data, { asOf });
      expect(plain.trace).toBeUndefined();
      if (JSON.stringify(withTrace) !== JSON.stringify(plain)) expect.fail(`pack ${k}: ${JSON.stringify({ pack: cp.pack, data, asOf })}`);
      traced += Object.values(trace ?? {}).flat().length;
    }
    expect(traced).toBeGreaterThan(1000);
  });

  it('shows the value of a 方案参数 a formula read, and the condition leaves that decided a list', () => {
    const result = run(
      pack({
        parameters: [{ id: 'capP', name: '封顶系数', type: 'number', default: 1.1 }],
        indicators: [{ id: 'K1', name: '指标一', input: 'sum', plan: 'target', score: 'weight * min(completion, capP)' }],
        lists: [
          {
            id: 'good',
            name: '先进名单',
            rules: [
              {
                reason: 'high',
                label: '得分高',
                when: {
                  all: [
                    { fact: 'total', operator: 'greaterThan', value: 50 },
                    { fact: 'capP', operator: 'lessThan', value: 2 },
                  ],
                },
              },
            ],
          },
        ],
      }),
      unitsWithValues(['24']),
    );
    const lines = result.trace?.['U1']?.map((l) => l.text) ?? [];
    expect(lines).toContain('K1 指标一：得分 = 权重 × 取小(完成率, 封顶系数) = 100 × min(2, 1.1) = 110');
    expect(lines).toContain('→ 先进名单（得分高）：总分 110 大于 50 ✓；且 封顶系数 1.1 小于 2 ✓');
  });

  it('shows the names of a branch the evaluation skipped with their values', () => {
    const result = run(
      pack({
        indicators: [{ id: 'K1', name: '指标一', input: 'sum', plan: 'target', score: 'completion >= 1 ? weight : weight * completion' }],
      }),
      unitsWithValues(['6']),
    );
    const lines = result.trace?.['U1']?.map((l) => l.text) ?? [];
    expect(lines).toContain('K1 指标一：得分 = 如果 完成率 ≥ 1 则 权重 否则 权重 × 完成率 = 如果 0.5 ≥ 1 则 100 否则 100 × 0.5 = 50');
  });
});
