import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Condition, RulePack } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { buildWhen, parseWhen } from './rule-clauses.ts';
import { applyClauses, reasonFor } from './rule-naming.ts';

const load = (id: string): RulePack => JSON.parse(readFileSync(resolve(__dirname, `../../../../../../rules/${id}/pack.json`), 'utf8')) as RulePack;
const REFERENCE = ['gulou-2021', 'jilin-2023', 'luocheng-2023'];

describe('list rules in words', () => {
  it.each(REFERENCE)('reads every list rule of %s in words and writes it back byte for byte', (id) => {
    const pack = load(id);
    const before = JSON.stringify(pack);
    expect(pack.lists?.length).toBeGreaterThan(0);
    for (const list of pack.lists ?? []) {
      list.rules.forEach((rule, j) => {
        const clauses = parseWhen(rule.when);
        expect(clauses, `${list.id}/${rule.reason}`).not.toBeNull();
        if (clauses !== null) rule.when = buildWhen(clauses);
        expect(list.rules[j]).toBe(rule);
      });
    }
    expect(JSON.stringify(pack)).toBe(before);
  });

  it('generates the reason codes the 鼓楼 pack was written with', () => {
    const rules = load('gulou-2021').lists?.flatMap((l) => l.rules) ?? [];
    for (const r of rules) expect(reasonFor(parseWhen(r.when) ?? [])).toBe(r.reason);
  });

  it('turns 后两名 into 后三名 by the count alone, renaming the reason and the label', () => {
    const pack = load('gulou-2021');
    const list = pack.lists?.find((l) => l.id === 'statement');
    if (!list) throw new Error('no statement list');
    const clauses = parseWhen(list.rules[0]?.when ?? { all: [] }) ?? [];
    const next = clauses.map((c) => (c.kind === 'bottom' ? { ...c, n: 3 } : c));
    applyClauses(pack, list, 0, next);
    expect(list.rules[0]).toEqual({
      reason: 'bottom3_k4_missed',
      label: '排名后三名且未完成服务业开竣工合计数任务',
      groups: ['towns'],
      when: {
        all: [
          { fact: 'unitsRankedBelow', operator: 'lessThan', value: 3 },
          { fact: 'k4Done', operator: 'equal', value: false },
        ],
      },
    });
  });

  it('writes 末位 as "no unit ranked below" until the count changes', () => {
    const last = parseWhen({ all: [{ fact: 'unitsRankedBelow', operator: 'equal', value: 0 }] }) ?? [];
    expect(last).toEqual([{ kind: 'bottom', n: 1, last: true }]);
    expect(buildWhen(last.map((c) => (c.kind === 'bottom' ? { ...c, n: 2 } : c)))).toEqual({
      all: [{ fact: 'unitsRankedBelow', operator: 'lessThan', value: 2 }],
    });
  });

  it('keeps reason codes unique within a list', () => {
    const pack = load('gulou-2021');
    const list = pack.lists?.find((l) => l.id === 'present');
    if (!list) throw new Error('no present list');
    applyClauses(pack, list, 2, [{ kind: 'top', n: 2 }]);
    expect(list.rules[2]?.reason).toBe('rank_top2_2');
    expect(list.rules[2]?.label).toBe('排名前两名');
  });

  it.each<[string, Condition]>([
    ['any', { any: [{ fact: 'rank', operator: 'lessThanInclusive', value: 2 }] }],
    ['a named condition', { all: [{ fact: 'rank', operator: 'lessThanInclusive', value: 2, name: 'x' }] }],
    ['nesting', { all: [{ not: { fact: 'vetoed', operator: 'equal', value: true } }] }],
    ['a fact compared with a fact', { all: [{ fact: 'total', operator: 'greaterThanInclusive', value: { fact: 'base' } }] }],
    ['a path other than done', { all: [{ fact: 'K1', path: '$.completion', operator: 'equal', value: true }] }],
    ['a key order the words would change', { all: [{ operator: 'lessThanInclusive', fact: 'rank', value: 2 } as Condition] }],
    ['no clause', { all: [] }],
    ['a rank that is not a count', { all: [{ fact: 'rank', operator: 'equal', value: 1.5 }] }],
    ['a list operator', { all: [{ fact: 'groupId', operator: 'in', value: ['towns'] }] }],
  ])('leaves %s to 高级', (_, when) => {
    expect(parseWhen(when)).toBeNull();
  });
});
