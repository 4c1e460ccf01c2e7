import { KaopingError } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { pack, run, unitsWithValues } from '../../test/factory.ts';
import { compilePack } from '../compile/compile-pack.ts';
import { validatePack } from './validate-pack.ts';

function problems(json: unknown): string[] {
  try {
    compilePack(json);
  } catch (e) {
    if (e instanceof KaopingError) return e.problems.map((p) => `${p.pointer} ${p.message}`);
    throw e;
  }
  return [];
}

describe('pack validation', () => {
  it('accepts the factory pack', () => {
    expect(validatePack(pack()).ok).toBe(true);
    expect(problems(pack())).toEqual([]);
  });

  it('points at shape errors with JSON pointers and plain sentences', () => {
    const bad = { ...pack(), groups: [{ id: '1x', name: '街镇组' }], calendar: { start: '2024-13-01', cadence: 'weekly' }, extra: 1 };
    expect(problems(bad)).toEqual([
      '/calendar/start 日期须形如 2021-06-30',
      '/calendar/cadence 取值须为 "month" 或 "quarter" 或 "year"',
      '/groups/0/id 标识须由字母、数字、下划线组成，且不以数字开头',
      ' 未知的字段 “extra”（检查拼写）',
    ]);
  });

  it('points into conditions', () => {
    const bad = pack({ lists: [{ id: 'x', name: '表态', rules: [{ reason: 'r', when: { all: [{ fact: 'rank', operator: 'below', value: 2 }] } }] }] });
    expect(problems(bad)).toEqual([
      '/lists/0/rules/0/when/all/0/operator 取值须为 "equal" 或 "notEqual" 或 "lessThan" 或 "lessThanInclusive" 或 "greaterThan" 或 "greaterThanInclusive" 或 "in" 或 "notIn" 或 "contains" 或 "doesNotContain" 或 "inWindow"',
    ]);
  });

  it('compiles formulas and conditions and reports every bad one', () => {
    const bad = pack({
      indicators: [{ id: 'K1', name: '指标一', input: 'sum', score: 'weight * min(completon, 1.3)' }],
      weights: { towns: { K1: 100, K9: 5 } },
      facts: [{ id: 'late', name: '靠后', formula: 'unitsRankedBelow <' }],
      lists: [
        {
          id: 'x',
          name: '表态',
          rules: [
            {
              reason: 'r',
              when: {
                all: [
                  { fact: 'rnak', operator: 'lessThan', value: 2 },
                  { fact: 'rank', operator: 'greaterThan', value: false },
                ],
              },
            },
          ],
        },
      ],
    });
    const out = problems(bad);
    expect(out).toHaveLength(5);
    expect(out[0]).toBe('/weights/towns/K9 权重中的指标 “K9” 不存在');
    expect(out[1]).toMatch(/^\/indicators\/0\/score 指标 K1：未知的名称 “completon”/);
    expect(out[2]).toMatch(/^\/facts\/0\/formula 公式语法错误/);
    expect(out[3]).toMatch(/^\/lists\/0\/rules\/0\/when\/all\/0\/fact 未知的事实 “rnak”/);
    expect(out[4]).toBe('/lists/0/rules/0/when/all/1/value 运算符 greaterThan 的比较值应为一个数字');
  });

  it('rejects a fact id that shadows a built-in name', () => {
    expect(problems(pack({ facts: [{ id: 'rank', name: '名次', formula: '1' }] }))).toEqual(['/facts/0/id 编码 “rank” 与内置名称冲突，请换一个']);
  });
});

describe('evaluation errors', () => {
  it('names a circular definition instead of overflowing the stack', () => {
    const cyclic = pack({
      facts: [
        { id: 'a', name: '甲', formula: 'b + 1' },
        { id: 'b', name: '乙', formula: 'a + 1' },
      ],
      lists: [{ id: 'x', name: '名单', rules: [{ reason: 'r', when: { all: [{ fact: 'a', operator: 'greaterThan', value: 0 }] } }] }],
    });
    try {
      run(cyclic, unitsWithValues(['1']));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(KaopingError);
      expect((e as KaopingError).code).toBe('EVALUATION_FAILED');
      expect((e as KaopingError).message).toBe('公式循环引用：a → b → a');
    }
  });
});

describe('ids', () => {
  it('points at the second of two equal ids across measures, adjustments and facts', () => {
    const twice = pack({
      measures: [{ id: 'late', name: '迟报', source: 'events', aggregate: 'count' }],
      facts: [{ id: 'late', name: '迟报', formula: '1' }],
    });
    expect(problems(twice)).toEqual(['/facts/0/id 编码 “late” 重复']);
  });
});
