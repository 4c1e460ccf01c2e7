import type { User } from '@kaoping/store';
import { describe, expect, it } from 'vitest';
import { seesScheme, unitScope } from './unit-scope.ts';

const user = (role: User['role'], schemeId: string | null = null, unitId: string | null = null): User => ({
  username: 'u',
  role,
  schemeId,
  unitId,
  disabled: false,
  createdAt: '',
  updatedAt: '',
});

describe('unitScope', () => {
  it('keeps a reporter to its own unit of its own scheme', () => {
    const r = user('reporter', 's1', 'J01');
    expect(unitScope(r, 's1', undefined)).toBe('J01');
    expect(unitScope(r, 's1', 'J01')).toBe('J01');
    expect(() => unitScope(r, 's1', 'J02')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => unitScope(r, 's2', undefined)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => unitScope(r, 's2', 'J01')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('shows an unbound reporter nothing', () => {
    const r = user('reporter', null, 'J01');
    expect(seesScheme(r, 's1')).toBe(false);
    expect(() => unitScope(r, 's1', undefined)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('lets other roles ask for any unit of any scheme', () => {
    for (const role of ['admin', 'evaluator', 'viewer'] as const) {
      expect(unitScope(user(role), 's1', 'J02')).toBe('J02');
      expect(unitScope(user(role), 's2', undefined)).toBeUndefined();
      expect(seesScheme(user(role), 's2')).toBe(true);
    }
  });
});
