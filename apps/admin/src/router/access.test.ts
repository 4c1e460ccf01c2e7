import { accessScope, type Role } from '@kaoping/contracts';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter, type RouteLocationNormalized } from 'vue-router';
import { useAuthStore } from '@/stores/auth.ts';
import { accessGuard, mayOpen } from './access.ts';
import { adminRoutes } from './modules/admin.ts';
import { authRoutes } from './modules/auth.ts';
import { cycleRoutes } from './modules/cycle.ts';
import { dataRoutes } from './modules/data.ts';
import { projectRoutes } from './modules/projects.ts';
import { runRoutes } from './modules/runs.ts';
import { schemeRoutes } from './modules/schemes.ts';
import './types.ts';

const router = createRouter({
  history: createMemoryHistory(),
  routes: [...authRoutes, ...schemeRoutes, ...runRoutes, ...dataRoutes, ...projectRoutes, ...adminRoutes, ...cycleRoutes],
});
const to = (path: string) => router.resolve(path) as unknown as RouteLocationNormalized;

/** Signs the store in as /auth/me would answer for this role and binding. */
function signIn(role: Role, schemeId: string | null = null, unitId: string | null = null) {
  const auth = useAuthStore();
  auth.user = { username: role, role, schemeId, unitId, disabled: false, createdAt: '2021-01-01T00:00:00Z', updatedAt: '2021-01-01T00:00:00Z' };
  auth.access = accessScope({ role, schemeId, unitId });
  return auth;
}

beforeEach(() => {
  setActivePinia(createPinia());
});

describe('auth store', () => {
  it('answers can() from the permissions /auth/me sent, and nothing before sign-in', () => {
    const auth = useAuthStore();
    expect(auth.can('scheme:read')).toBe(false);
    signIn('viewer');
    expect(auth.can('version:read')).toBe(true);
    expect(auth.can('data:read')).toBe(false);
    auth.access = { role: 'viewer', permissions: ['data:read'], schemes: null, unitId: null };
    expect(auth.can('data:read')).toBe(true);
    expect(auth.can('version:read')).toBe(false);
  });

  it('keeps a bound reporter to its scheme and unit', () => {
    const auth = signIn('reporter', 'demo', 'J01');
    expect(auth.ownUnit).toBe('J01');
    expect(auth.seesScheme('demo')).toBe(true);
    expect(auth.seesScheme('other')).toBe(false);
    expect(signIn('evaluator').seesScheme('other')).toBe(true);
  });
});

describe('route guard', () => {
  it('sends a signed-out user to the login page, keeping where it was going', () => {
    expect(accessGuard(useAuthStore(), to('/schemes/demo/editor'))).toEqual({ name: 'login', query: { redirect: '/schemes/demo/editor' } });
  });

  it('shows 无权限 for a page the permission does not cover, naming where the user was going', () => {
    const auth = signIn('viewer');
    expect(accessGuard(auth, to('/schemes/demo/editor'))).toEqual({ name: 'forbidden', query: { from: '/schemes/demo/editor' } });
    expect(accessGuard(auth, to('/schemes/demo/data/units'))).toEqual({ name: 'forbidden', query: { from: '/schemes/demo/data/units' } });
    expect(accessGuard(auth, to('/users'))).toEqual({ name: 'forbidden', query: { from: '/users' } });
    expect(accessGuard(auth, to('/schemes/demo/versions'))).toBe(true);
    expect(accessGuard(auth, to('/schemes/demo/runs'))).toBe(true);
  });

  it('opens the editor to evaluators and users and audit to admins only', () => {
    expect(accessGuard(signIn('evaluator'), to('/schemes/demo/editor'))).toBe(true);
    expect(accessGuard(signIn('evaluator'), to('/users'))).not.toBe(true);
    expect(accessGuard(signIn('admin'), to('/audit'))).toBe(true);
  });

  it('keeps a reporter to its own scheme and its own tasks page', () => {
    const reporter = signIn('reporter', 'demo', 'J01');
    expect(accessGuard(reporter, to('/schemes/demo/data/reports'))).toBe(true);
    expect(accessGuard(reporter, to('/tasks'))).toBe(true);
    expect(accessGuard(reporter, to('/schemes/other/runs'))).toEqual({ name: 'forbidden', query: { from: '/schemes/other/runs' } });
    expect(accessGuard(reporter, to('/schemes/demo/versions'))).not.toBe(true);
    expect(accessGuard(signIn('evaluator'), to('/tasks'))).not.toBe(true);
  });

  it('lets a signed-in user past the login page to the schemes', () => {
    expect(accessGuard(useAuthStore(), to('/login'))).toBe(true);
    expect(accessGuard(signIn('viewer'), to('/login'))).toBe('/schemes');
  });

  it('judges menus by the same rule (mayOpen)', () => {
    const viewer = signIn('viewer');
    const open = ['overview', 'targets', 'editor', 'simulate', 'versions', 'projects', 'runs', 'data', 'cycle'].filter((name) =>
      mayOpen(viewer, router.resolve({ name, params: { sid: 'demo' } }).meta, 'demo'),
    );
    expect(open).toEqual(['overview', 'versions', 'runs']);
  });
});
