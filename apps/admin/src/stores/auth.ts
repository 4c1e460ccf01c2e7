import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import * as api from '@/api/auth.ts';
import type { Role, SessionUser } from '@/api/auth.ts';
import { onUnauthorized } from '@/api/request.ts';

/** What each role may do in the SPA; the API enforces the same rules (apps/api/src/auth/permissions.ts). */
export const CAPABILITIES = {
  editRules: ['admin', 'evaluator'],
  publish: ['admin', 'evaluator'],
  run: ['admin', 'evaluator'],
  /** The 通报 and its template are the office's (run:write); reporters and viewers read results only. */
  bulletin: ['admin', 'evaluator'],
  /** Published versions and their diffs (version:read). */
  readVersions: ['admin', 'evaluator', 'viewer'],
  /** Data tables (data:read); a reporter sees only the own unit's rows. */
  readData: ['admin', 'evaluator', 'reporter'],
  /** Imports and target edits (data:write). */
  editData: ['admin', 'evaluator'],
  /** Monthly reports (report:submit); a reporter only for the own unit. */
  submitReport: ['admin', 'evaluator', 'reporter'],
  /** Re-evaluating a run month by month in the browser needs both the pack (version:read) and every unit's data. */
  recompute: ['admin', 'evaluator'],
  manageUsers: ['admin'],
} as const satisfies Record<string, readonly Role[]>;
export type Capability = keyof typeof CAPABILITIES;

export const useAuthStore = defineStore('auth', () => {
  const user = ref<SessionUser | null>(null);
  const checked = ref(false);

  const role = computed<Role | null>(() => user.value?.role ?? null);
  const loggedIn = computed(() => user.value !== null);

  function can(cap: Capability): boolean {
    return role.value !== null && (CAPABILITIES[cap] as readonly Role[]).includes(role.value);
  }

  async function login(username: string, password: string): Promise<void> {
    user.value = await api.login(username, password);
    checked.value = true;
  }

  async function logout(): Promise<void> {
    try {
      await api.logout();
    } finally {
      user.value = null;
    }
  }

  /** Restores the session from the cookie once per page load. */
  async function ensureChecked(): Promise<void> {
    if (checked.value) return;
    try {
      user.value = await api.fetchMe();
    } catch {
      user.value = null;
    }
    checked.value = true;
  }

  onUnauthorized(() => {
    user.value = null;
  });

  return { user, role, loggedIn, checked, can, login, logout, ensureChecked };
});
