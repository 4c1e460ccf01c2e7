import { Dataset, KaopingError } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { pack, unitsWithValues } from '../../test/factory.ts';
import { compilePack } from '../compile/compile-pack.ts';
import { evaluate } from '../evaluate/evaluate.ts';
import { evaluateFast } from './evaluate-fast.ts';

const data = Dataset.parse(unitsWithValues(['1.1', '0.9', '0.54875', null, '0.9']));
const asOf = '2024-01-31';

describe('evaluateFast', () => {
  it('ranks on the fast path and explains one unit exactly as the full trace does', () => {
    const cp = compilePack(pack());
    const run = evaluateFast(cp, data, { asOf });
    expect(run.fallback).toBeNull();
    expect(Array.from(run.groups[0]!.rank)).toEqual([1, 2, 4, 5, 2]);
    const full = evaluate(cp, data, { asOf, trace: true });
    expect(run.explain('U3')).toEqual(full.trace?.['U3']);
    expect(run.explain('nobody')).toBeNull();
  });

  it('names what it does not compile and leaves the run to the exact engine', () => {
    // A ranking key that is a number for some units and a boolean for others has no column form.
    const cp = compilePack(pack({ ranking: { keys: [{ formula: 'if(total > 50, total, false)', order: 'desc' }] } }));
    const run = evaluateFast(cp, data, { asOf });
    expect(run.fallback).toBe('排序键：分支的类型不一致');
    expect(JSON.stringify(run.result())).toBe(JSON.stringify(evaluate(cp, data, { asOf })));
  });

  it.each([
    ['groupMax', { indicators: [{ id: 'K1', name: '指标一', input: 'sum' as const, score: 'weight * actual / groupMax(actual)' }] }],
    ['一票否决排在最后', { veto: { when: { fact: 'total', operator: 'lessThan', value: 80 }, placement: 'last' as const } }],
    [
      '规则参数',
      {
        parameters: [{ id: 'cap', name: '封顶', type: 'number' as const, default: 1.2 }],
        indicators: [{ id: 'K1', name: '指标一', input: 'sum' as const, plan: 'target * timeProgress', score: 'weight * min(completion, cap)' }],
      },
    ],
    [
      '名单金额和说明',
      {
        lists: [
          {
            id: 'reward',
            name: '奖励',
            amountUnit: '万元',
            rules: [{ reason: 'top', when: { fact: 'rank', operator: 'lessThanInclusive', value: 2 }, amount: 'total / 3', detail: 'rank' }],
          },
        ],
      },
    ],
    [
      '前一期',
      {
        facts: [{ id: 'growth', name: '增长', formula: 'coalesce(total - prev(total), total)' }],
        ranking: { keys: [{ formula: 'growth', order: 'desc' as const }] },
      },
    ],
    [
      '适用为空',
      // applicable null for some units (a boolean column with nulls): only true applies.
      { indicators: [{ id: 'K1', name: '指标一', input: 'sum' as const, applicable: 'if(actual > 0.6, true, null)' }] },
    ],
    [
      'groupRank 与 groupAvg',
      {
        facts: [{ id: 'place', name: '组内名次', formula: "groupRank(total, 'asc', total > groupAvg(total))" }],
        ranking: {
          keys: [
            { formula: 'place', order: 'asc' as const },
            { formula: 'groupSum(total) - groupMin(total) + groupCount(vetoed)', order: 'desc' as const },
          ],
        },
      },
    ],
  ])('runs %s on the fast path, byte-identical to the exact engine', (_, over) => {
    const cp = compilePack(pack(over));
    for (const trace of [false, true]) {
      const run = evaluateFast(cp, data, { asOf, trace });
      expect(run.fallback).toBeNull();
      expect(JSON.stringify(run.result())).toBe(JSON.stringify(evaluate(cp, data, { asOf, trace })));
    }
  });

  it('computes group functions on columns, not member by member on the exact engine', () => {
    const cp = compilePack(pack({ indicators: [{ id: 'K1', name: '指标一', input: 'sum', score: 'weight * actual / groupMax(actual) + groupRank(actual)' }] }));
    expect(evaluateFast(cp, data, { asOf }).exactFacts).toEqual([]);
  });

  it('reports bad data with the exact engine’s error', () => {
    const cp = compilePack(pack());
    const bad = Dataset.parse({ ...unitsWithValues(['1']), targets: [{ unitId: 'U9', indicator: 'K1', value: '12', period: null }] });
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof KaopingError ? [e.code, e.message] : e;
      }
      return null;
    };
    expect(err(() => evaluateFast(cp, bad, { asOf }))).toEqual(err(() => evaluate(cp, bad, { asOf })));
  });
});
