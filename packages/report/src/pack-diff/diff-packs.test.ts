import { describe, expect, it } from 'vitest';
import { diffPacks } from './diff-packs.ts';

const base = {
  name: '方案',
  calendar: { start: '2021-01-01', cadence: 'month' },
  indicators: [
    { id: 'K1', name: '投资', params: { cap: 1.2 } },
    { id: 'K2', name: '开工' },
  ],
  weights: { towns: { K1: 60, K2: 40 } as Record<string, number> },
  lists: [{ id: 'present', name: '介绍经验', rules: [{ reason: 'top', when: { fact: 'rank', operator: 'lessThanInclusive', value: 2 } }] }],
};

describe('diffPacks', () => {
  it('is empty for equal packs', () => {
    expect(diffPacks(base, structuredClone(base))).toEqual([]);
  });

  it('reports rules by id: added, removed and changed, with pointers', () => {
    const next = structuredClone(base) as Record<string, unknown> & typeof base;
    next.indicators = [
      { id: 'K3', name: '建成' },
      { id: 'K1', name: '投资', params: { cap: 1.3 } },
    ];
    next.weights = { towns: { K1: 60, K3: 40 } };
    next.lists[0]!.rules[0]!.when.value = 3;
    next.calendar.cadence = 'quarter';
    const changes = diffPacks(base, next);
    const brief = changes.map((c) => `${c.change} ${c.section}:${c.id} ${c.pointer}`);
    expect(brief).toEqual([
      'added indicators:K3 /indicators/0',
      'changed indicators:K1 /indicators/1',
      'removed indicators:K2 /indicators/1',
      'changed lists:present /lists/0',
      'changed weights:towns /weights/towns',
      'changed calendar:calendar /calendar',
    ]);
    expect(changes[1]?.fields).toEqual([{ pointer: '/indicators/1/params/cap', before: 1.2, after: 1.3 }]);
    expect(changes[3]?.fields).toEqual([{ pointer: '/lists/0/rules/0/when/value', before: 2, after: 3 }]);
    expect(changes[4]?.fields).toEqual([
      { pointer: '/weights/towns/K2', before: 40 },
      { pointer: '/weights/towns/K3', after: 40 },
    ]);
  });
});
