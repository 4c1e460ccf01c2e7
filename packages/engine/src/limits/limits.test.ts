import { Dataset, KaopingError } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { pack, run, unitsWithValues } from '../../test/factory.ts';
import { compilePack } from '../compile/compile-pack.ts';
import { Q } from '../exact/q.ts';
import { prepareRun } from '../evaluate/evaluate.ts';
import type { Runtime } from '../formula/runtime.ts';
import { guardFormula } from './guard-formula.ts';
import { ExactSizeError, StepBudgetError } from './limit-errors.ts';
import { LIMITS } from './limits.ts';

function caught(f: () => unknown): KaopingError {
  try {
    f();
  } catch (e) {
    if (e instanceof KaopingError) return e;
    throw e;
  }
  throw new Error('expected a KaopingError');
}

/** Facts f0 = 1.1 and f_k = f_{k−1} × f_{k−1}: the value's digits double at every step. */
function squaringFacts(n: number) {
  return [
    { id: 'f0', name: '起点', formula: '1.1' },
    ...Array.from({ length: n }, (_, k) => ({ id: `f${k + 1}`, name: `平方${k + 1}`, formula: `f${k} * f${k}` })),
  ];
}

describe('engine limits', () => {
  it('stops 13 chained squaring facts at the size bound of exact numbers, naming the fact', () => {
    const p = pack({ facts: squaringFacts(13), total: 'base + f13 * 0' });
    const e = caught(() => run(p, unitsWithValues(['1'])));
    expect(e.code).toBe('RUN_LIMIT_EXCEEDED');
    const pointer = e.problems[0]?.pointer ?? '';
    expect(pointer).toMatch(/^\/facts\/\d+\/formula$/);
    // The first fact whose value passes the bound: 11^(2^k) has more than exactBits bits.
    const first = Array.from({ length: 14 }, (_, k) => k).find((k) => 2 ** k * Math.log2(11) >= LIMITS.exactBits);
    expect(pointer).toBe(`/facts/${first}/formula`);
    expect(e.message).toContain(pointer);
  });

  it('keeps chains of squaring facts that stay within the bound', () => {
    const p = pack({ facts: squaringFacts(5), total: 'base + f5 * 0' });
    const unit = run(p, unitsWithValues(['1'])).groups[0]?.units[0];
    expect(unit?.total).toBe(run(pack(), unitsWithValues(['1'])).groups[0]?.units[0]?.total);
    expect(unit?.facts.f5).toBeDefined();
  });

  it('refuses a 36 KB product formula at compile time, naming the node', () => {
    const formula = Array.from({ length: 9000 }, () => '1.1').join('*');
    const e = caught(() => compilePack(pack({ facts: [{ id: 'big', name: '大乘积', formula }] })));
    expect(e.code).toBe('PACK_LIMIT_EXCEEDED');
    expect(e.problems).toEqual([{ pointer: '/facts/0/formula', message: expect.stringContaining('公式过长') }]);
  });

  it('stops a product within the length limit at the size bound, naming the node', () => {
    const formula = Array.from({ length: 1500 }, () => '1.1').join('*');
    const e = caught(() => run(pack({ facts: [{ id: 'big', name: '大乘积', formula }], total: 'base + big * 0' }), unitsWithValues(['1'])));
    expect(e.code).toBe('RUN_LIMIT_EXCEEDED');
    expect(e.problems[0]?.pointer).toBe('/facts/0/formula');
  });

  it('refuses deep nesting, long fact chains and too many facts at compile time', () => {
    const deep = `${'min(2, '.repeat(LIMITS.formulaDepth + 1)}1${')'.repeat(LIMITS.formulaDepth + 1)}`;
    const nested = caught(() => compilePack(pack({ facts: [{ id: 'd', name: '深', formula: deep }] })));
    expect(nested.code).toBe('PACK_LIMIT_EXCEEDED');
    expect(nested.problems[0]?.message).toContain('嵌套过深');
    const chain = caught(() =>
      compilePack(
        pack({ facts: Array.from({ length: LIMITS.factChain + 1 }, (_, k) => ({ id: `c${k}`, name: `链${k}`, formula: k === 0 ? '1' : `c${k - 1} + 1` })) }),
      ),
    );
    expect(chain.code).toBe('PACK_LIMIT_EXCEEDED');
    expect(chain.problems[0]?.pointer).toBe(`/facts/${LIMITS.factChain}/formula`);
    const many = caught(() =>
      compilePack(pack({ facts: Array.from({ length: LIMITS.facts + 1 }, (_, k) => ({ id: `m${k}`, name: `项${k}`, formula: '1' })) })),
    );
    expect(many.code).toBe('PACK_LIMIT_EXCEEDED');
  });

  it('counts a long flat sum as one level of nesting', () => {
    const sum = Array.from({ length: LIMITS.formulaDepth * 3 }, () => '1').join(' + ');
    expect(() => compilePack(pack({ facts: [{ id: 's', name: '和', formula: sum }] }))).not.toThrow();
  });

  it('bounds exact numbers in both directions', () => {
    const big = 1n << BigInt(LIMITS.exactBits);
    expect(() => new Q(big, 3n)).toThrow(ExactSizeError);
    expect(() => new Q(3n, big)).toThrow(ExactSizeError);
    expect(new Q(big - 1n, 1n).d).toBe(1n);
  });
});

describe('the step budget', () => {
  it('is spent by formula evaluations in proportion to their size, then stops the run', () => {
    const rt = prepareRun(compilePack(pack()), Dataset.parse(unitsWithValues(['1'])), '2024-01-31');
    rt.tick(LIMITS.steps - 1);
    rt.tick(1);
    expect(() => rt.tick(1)).toThrow(StepBudgetError);
  });

  it('names the formula whose evaluation spent the budget', () => {
    const spent = {
      tick: () => {
        throw new StepBudgetError();
      },
    } as unknown as Runtime;
    const get = guardFormula(() => null, '/indicators/0/score', 3);
    const e = caught(() => get({ rt: spent, p: 0, u: 0, i: 0, row: null }));
    expect(e.code).toBe('RUN_LIMIT_EXCEEDED');
    expect(e.problems[0]?.pointer).toBe('/indicators/0/score');
  });
});
