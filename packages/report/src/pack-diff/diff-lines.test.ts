import { describe, expect, it } from 'vitest';
import { diffLines, ruleName } from './diff-lines.ts';

describe('diff lines', () => {
  it('turns rule changes into diff lines, sections named in Chinese by report', () => {
    const lines = diffLines([
      { section: 'weights', id: 'towns', change: 'changed', pointer: '/weights/towns', fields: [{ pointer: '/weights/towns/K1', before: 10, after: 15 }] },
    ]);
    expect(lines).toEqual([{ change: 'changed', rule: '权重 · towns', key: 'weights/towns', pointer: '/weights/towns/K1', before: '10', after: '15' }]);
  });

  it("names rules by section label and the pack's own names", () => {
    const pack = { groups: [{ id: 'towns', name: '街镇组' }], lists: [{ id: 'present', name: '介绍经验' }], calendar: {} };
    const changes = [
      {
        section: 'weights',
        id: 'towns',
        change: 'changed' as const,
        pointer: '/weights/towns',
        fields: [{ pointer: '/weights/towns/K6', before: 20, after: 60 }],
      },
      {
        section: 'lists',
        id: 'present',
        change: 'changed' as const,
        pointer: '/lists/0',
        fields: [{ pointer: '/lists/0/rules/0/when/all/0/value', before: 2, after: 1 }],
      },
      {
        section: 'calendar',
        id: 'calendar',
        change: 'changed' as const,
        pointer: '/calendar',
        fields: [{ pointer: '/calendar/start', before: 'a', after: 'b' }],
      },
    ];
    const lines = diffLines(changes, { name: (s, id) => ruleName(pack, s, id) });
    expect(lines.map((l) => l.rule)).toEqual(['权重 · 街镇组（towns）', '结果名单 · 介绍经验（present）', '考评周期 · calendar']);
    const english = diffLines(changes, { section: (s) => ({ weights: 'Weights' })[s], name: (s, id) => ruleName(pack, s, id) });
    expect(english.map((l) => l.rule)).toEqual(['Weights · 街镇组（towns）', '结果名单 · 介绍经验（present）', '考评周期 · calendar']);
    expect(ruleName(pack, 'indicators', 'K1')).toBeUndefined();
    expect(ruleName(null, 'lists', 'present')).toBeUndefined();
  });
});
