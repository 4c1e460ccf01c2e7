import type { User } from '@kaoping/store';
import { describe, expect, it } from 'vitest';
import { scopeOf } from '../../auth/scope.ts';
import { sampleResult } from '../../testing/fixtures.ts';
import { resultForScope } from './result-for-scope.ts';

const scope = (role: User['role'], unitId: string | null = null) =>
  scopeOf({
    username: 'u',
    role,
    schemeId: unitId === null ? null : 's1',
    unitId,
    disabled: false,
    createdAt: '',
    updatedAt: '',
  });

describe('resultForScope', () => {
  it('shows a reporter only the own unit, its list entries and its trace', () => {
    const seen = resultForScope(sampleResult(['J02', 'J01', 'J03'], ['J02']), scope('reporter', 'J01'), 's1');
    const group = seen.groups[0];
    expect(group?.units.map((u) => u.unitId)).toEqual(['J01']);
    expect(group?.units[0]?.rank).toBe(2);
    expect(group?.lists).toEqual({ present: [] });
    expect(group?.listEntries).toEqual({ present: [] });
    expect(Object.keys(seen.trace ?? {})).toEqual(['J01']);
    expect(JSON.stringify(seen)).not.toContain('J02');
  });

  it('refuses a reporter the run of another scheme', () => {
    expect(() => resultForScope(sampleResult(), scope('reporter', 'J01'), 's2')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('shows everyone else the whole result', () => {
    const result = sampleResult();
    for (const role of ['admin', 'evaluator', 'viewer'] as const) expect(resultForScope(result, scope(role), 's1')).toBe(result);
  });
});
