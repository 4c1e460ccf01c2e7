import { describe, expect, it } from 'vitest';
import { packDiffLines } from './pack-diff-lines.ts';

const changes = [
  {
    section: 'lists',
    id: 'present',
    change: 'changed' as const,
    pointer: '/lists/0',
    fields: [{ pointer: '/lists/0/name', before: '介绍经验', after: '经验交流' }],
  },
  { section: 'lists', id: 'gone', change: 'removed' as const, pointer: '/lists/1', fields: [{ pointer: '/lists/1', before: 'x', after: null }] },
];
const older = {
  lists: [
    { id: 'present', name: '介绍经验' },
    { id: 'gone', name: '已删名单' },
  ],
};
const newer = { lists: [{ id: 'present', name: '经验交流' }] };

describe('packDiffLines', () => {
  it('names a rule as the newer pack does, else as the older one, sections in Chinese', () => {
    expect(packDiffLines(changes, [newer, older], 'zh-CN').map((l) => l.rule)).toEqual(['结果名单 · 经验交流（present）', '结果名单 · 已删名单（gone）']);
  });

  it('names sections in English on the English page, the rules as the packs name them', () => {
    expect(packDiffLines(changes, [newer], 'en-US').map((l) => l.rule)).toEqual(['Outcome lists · 经验交流（present）', 'Outcome lists · gone']);
  });
});
