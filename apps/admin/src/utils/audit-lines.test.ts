import { describe, expect, it } from 'vitest';
import { auditLines, type AuditWords } from './audit-lines.ts';

const words: AuditWords = {
  field: (k) => ({ unitId: '单位', disabled: '停用', role: '角色', note: '说明' })[k] ?? k,
  value: (k, v) => (typeof v === 'boolean' ? (v ? '是' : '否') : k === 'role' ? `【${String(v)}】` : String(v)),
  empty: '空',
  nested: (n) => `（${n} 项）`,
};

describe('auditLines', () => {
  it('lists only what changed, as 字段：旧 → 新, without times or ids', () => {
    const before = { username: 'r', role: 'reporter', unitId: 'J01', disabled: false, updatedAt: '2026-01-01' };
    const after = { username: 'r', role: 'reporter', unitId: 'J03', disabled: true, updatedAt: '2026-01-02' };
    expect(auditLines(before, after, words)).toEqual(['单位：J01 → J03', '停用：否 → 是']);
  });

  it('lists every field of something created, hides UUIDs and summarises nested values', () => {
    const after = { runId: 'x', ref: '0b7f2c4e-1d2a-4c3b-9e8f-123456789abc', note: '', role: 'viewer', lists: [1, 2] };
    expect(auditLines(null, after, words)).toEqual(['说明：空', '角色：【viewer】', 'lists：（2 项）']);
  });

  it('names the changed fields inside a changed nested record', () => {
    const before = { fields: { plannedStart: '2020-06-30', realEstate: false } };
    const after = { fields: { plannedStart: '2020-09-30', realEstate: false } };
    expect(auditLines(before, after, words)).toEqual(['plannedStart：2020-06-30 → 2020-09-30']);
  });

  it('shows plain values as they are', () => {
    expect(auditLines(null, '审核无误', words)).toEqual(['审核无误']);
    expect(auditLines(null, null, words)).toEqual([]);
  });
});
