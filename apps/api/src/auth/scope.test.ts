import { PERMISSIONS, ROLES } from '@kaoping/contracts';
import type { User } from '@kaoping/store';
import { describe, expect, it } from 'vitest';
import { allows, scopeOf, seesScheme, unitScope } from './scope.ts';

const user = (role: User['role'], schemeId: string | null = null, unitId: string | null = null): User => ({
  username: 'u',
  role,
  schemeId,
  unitId,
  disabled: false,
  createdAt: '',
  updatedAt: '',
});

describe('scopeOf', () => {
  it('carries the user, its permissions from the role table and its binding', () => {
    const scope = scopeOf(user('reporter', 's1', 'J01'));
    expect(scope.user.username).toBe('u');
    expect(scope.schemes).toEqual(['s1']);
    expect(scope.unitId).toBe('J01');
    expect(allows(scope, 'report:submit')).toBe(true);
    expect(allows(scope, 'run:write')).toBe(false);
  });

  it('gives only admins users and audit', () => {
    for (const role of ROLES) {
      expect(allows(scopeOf(user(role)), 'users'), role).toBe(role === 'admin');
      expect(allows(scopeOf(user(role)), 'audit'), role).toBe(role === 'admin');
    }
    expect(PERMISSIONS.every((p) => allows(scopeOf(user('admin')), p))).toBe(true);
  });
});

describe('unitScope', () => {
  it('keeps a reporter to its own unit of its own scheme', () => {
    const r = scopeOf(user('reporter', 's1', 'J01'));
    expect(unitScope(r, 's1')).toBe('J01');
    expect(unitScope(r, 's1', 'J01')).toBe('J01');
    expect(() => unitScope(r, 's1', 'J02')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => unitScope(r, 's2')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => unitScope(r, 's2', 'J01')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('shows a reporter missing either half of its binding nothing', () => {
    for (const r of [scopeOf(user('reporter', null, 'J01')), scopeOf(user('reporter', 's1', null))]) {
      expect(seesScheme(r, 's1')).toBe(false);
      expect(() => unitScope(r, 's1')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    }
  });

  it('lets other roles ask for any unit of any scheme', () => {
    for (const role of ['admin', 'evaluator', 'viewer'] as const) {
      const scope = scopeOf(user(role, 's1', 'J01'));
      expect(unitScope(scope, 's1', 'J02')).toBe('J02');
      expect(unitScope(scope, 's2')).toBeUndefined();
      expect(seesScheme(scope, 's2')).toBe(true);
    }
  });
});
