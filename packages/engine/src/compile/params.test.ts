import { Dataset, KaopingError } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { pack, unitsWithValues } from '../../test/factory.ts';
import { compilePack, evaluate } from '../index.ts';

/** 表态发言 configurable between 后两名 and 后三名 with one parameter, in a formula and in a condition. */
describe('pack parameters', () => {
  const p = pack({
    parameters: [
      { id: 'statementCount', name: '表态发言单位数', type: 'number', default: 2 },
      { id: 'cap', name: '完成率封顶', type: 'number', default: '1.3' },
    ],
    indicators: [{ id: 'K1', name: '指标一', input: 'sum', plan: 'target * timeProgress', score: 'weight * min(completion, cap)' }],
    lists: [
      {
        id: 'statement',
        name: '表态发言',
        rules: [{ reason: 'bottomN', when: { all: [{ fact: 'unitsRankedBelow', operator: 'lessThan', value: { fact: 'statementCount' } }] } }],
      },
      { id: 'formula', name: '后N名(公式)', rules: [{ reason: 'bottomN', when: { all: [{ fact: 'inBottom', operator: 'equal', value: true }] } }] },
    ],
    facts: [{ id: 'inBottom', name: '后N名', formula: 'unitsRankedBelow < statementCount' }],
  });
  const data = Dataset.parse(unitsWithValues(['1.5', '1.2', '1.1', '1.0', '0.9']));
  const runWith = (params?: Record<string, string | number | boolean>) =>
    evaluate(compilePack(p, params === undefined ? {} : { params }), data, { asOf: '2024-01-31' });

  it('uses the default and records it in the result', () => {
    const r = runWith();
    expect(r.groups[0]?.lists).toEqual({ statement: ['U4', 'U5'], formula: ['U4', 'U5'] });
    expect(r.parameters).toEqual({ statementCount: '2', cap: '1.3' });
    expect(r.groups[0]?.units[0]?.total).toBe('130.00');
  });

  it('takes overrides per run, as text or numbers', () => {
    const r = runWith({ statementCount: '3', cap: 2 });
    expect(r.groups[0]?.lists['statement']).toEqual(['U3', 'U4', 'U5']);
    expect(r.groups[0]?.lists['formula']).toEqual(['U3', 'U4', 'U5']);
    expect(r.groups[0]?.units[0]?.total).toBe('150.00');
  });

  it('names an unknown or mistyped override, with a suggestion', () => {
    const err = (() => {
      try {
        runWith({ statmentCount: 3, cap: 'x' });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(KaopingError);
    expect((err as KaopingError).problems.map((x) => `${x.pointer} ${x.message}`)).toEqual([
      '/params/statmentCount 方案没有参数 “statmentCount”。是不是 “statementCount”？可用的参数有：statementCount、cap',
      '/params/cap 参数 cap（完成率封顶）须为数字，而不是 "x"',
    ]);
  });

  it('rejects a default that does not fit its type', () => {
    const bad = pack({ parameters: [{ id: 'on', name: '开关', type: 'boolean', default: 'maybe' }] });
    expect(() => compilePack(bad)).toThrow(KaopingError);
  });
});
