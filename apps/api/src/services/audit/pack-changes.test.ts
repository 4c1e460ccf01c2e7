import { describe, expect, it } from 'vitest';
import { MAX_AUDIT_CHANGES_CHARS, MAX_AUDIT_POINTERS, packChanges } from './pack-changes.ts';

describe('packChanges', () => {
  it('records changed leaves by JSON pointer with both values', () => {
    const before = { name: '甲', indicators: [{ id: 'K1', score: 'weight' }] };
    const after = { name: '甲', indicators: [{ id: 'K1', score: 'weight * 2' }, { id: 'K2' }] };
    expect(packChanges(before, after)).toEqual({
      changes: [
        { pointer: '/indicators/0/score', before: 'weight', after: 'weight * 2' },
        { pointer: '/indicators/1', after: { id: 'K2' } },
      ],
      changedCount: 2,
      truncated: false,
    });
  });

  it('keeps only pointers when the values are too long', () => {
    const big = 'x'.repeat(MAX_AUDIT_CHANGES_CHARS);
    const before = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, 1]));
    const after = { ...Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, 2])), note: big };
    const recorded = packChanges(before, after);
    expect(recorded.truncated).toBe(true);
    expect(recorded.changedCount).toBe(301);
    expect(recorded.changes).toHaveLength(MAX_AUDIT_POINTERS);
    expect(recorded.changes[0]).toBe('/k0');
    expect(JSON.stringify(recorded).length).toBeLessThan(MAX_AUDIT_CHANGES_CHARS);
  });
});
