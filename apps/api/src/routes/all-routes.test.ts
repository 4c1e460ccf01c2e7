import { CONTRACT_ENDPOINTS } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { ALL_ROUTES } from './all-routes.ts';

describe('routes and the contract', () => {
  it('binds every endpoint of the contract exactly once, with its own schemas', () => {
    for (const e of CONTRACT_ENDPOINTS) {
      const bound = ALL_ROUTES.filter((r) => r.method === e.method && r.path === e.path);
      expect(bound, `${e.method} ${e.path}`).toHaveLength(1);
      expect(bound[0]?.responses).toBe(e.responses);
      expect(bound[0]?.body).toBe(e.body);
      expect(bound[0]?.query).toBe(e.query);
      expect(bound[0]?.access).toBe(e.access);
    }
  });

  it('mounts no route outside the contract, /auth included', () => {
    const declared = new Set(CONTRACT_ENDPOINTS.map((e) => `${e.method} ${e.path}`));
    const extra = ALL_ROUTES.map((r) => `${r.method} ${r.path}`).filter((key) => !declared.has(key));
    expect(extra).toEqual([]);
    expect(ALL_ROUTES).toHaveLength(CONTRACT_ENDPOINTS.length);
  });
});
