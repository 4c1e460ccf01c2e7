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
    const cp = compilePack(pack({ indicators: [{ id: 'K1', name: '指标一', input: 'sum', score: 'weight * actual / groupMax(actual)' }] }));
    const run = evaluateFast(cp, data, { asOf });
    expect(run.fallback).toBe('函数 groupMax');
    expect(JSON.stringify(run.result())).toBe(JSON.stringify(evaluate(cp, data, { asOf })));
  });

  it.each([
    ['一票否决排在最后', { veto: { when: { fact: 'total', operator: 'lessThan', value: 0 }, placement: 'last' as const } }],
    ['规则参数', { parameters: [{ id: 'cap', name: '封顶', type: 'number' as const, default: 1.2 }] }],
  ])('leaves %s to the exact engine, whose result it returns unchanged', (reason, over) => {
    const cp = compilePack(pack(over));
    const run = evaluateFast(cp, data, { asOf });
    expect(run.fallback).toBe(reason);
    expect(JSON.stringify(run.result())).toBe(JSON.stringify(evaluate(cp, data, { asOf })));
  });

  it('reports bad data with the exact engine’s error', () => {
    const cp = compilePack(pack());
    const bad = Dataset.parse({ ...unitsWithValues(['1']), targets: [{ unitId: 'U9', indicator: 'K1', value: '12', period: null }] });
    const err = (f: () => unknown) => { try { f(); } catch (e) { return e instanceof KaopingError ? [e.code, e.message] : e; } return null; };
    expect(err(() => evaluateFast(cp, bad, { asOf }))).toEqual(err(() => evaluate(cp, bad, { asOf })));
  });
});
