import type { AccessScope, Permission, Role } from '@kaoping/contracts';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import * as api from '@/api/auth.ts';
import type { Session, SessionUser } from '@/api/auth.ts';
import { onUnauthorized } from '@/api/request.ts';

/**
 * The signed-in user and what it may do, as the API sent it (/auth/me): menus, route guards and buttons ask
 * `can(permission)`; the SPA keeps no role table of its own (the API enforces the same one, from @kaoping/contracts).
 */
export const useAuthStore = defineStore('auth', () => {
  const user = ref<SessionUser | null>(null);
  const access = ref<AccessScope | null>(null);
  const checked = ref(false);

  const role = computed<Role | null>(() => access.value?.role ?? null);
  const loggedIn = computed(() => user.value !== null);
  /** The one unit a reporter is bound to; null when every unit is visible (or nobody is signed in). */
  const ownUnit = computed(() => access.value?.unitId ?? null);

  function can(permission: Permission): boolean {
    return access.value?.permissions.includes(permission) ?? false;
  }

  /** Whether the scheme is in the user's scope (a reporter only its bound scheme). */
  function seesScheme(schemeId: string): boolean {
    const schemes = access.value?.schemes;
    return schemes === undefined ? false : schemes === null || schemes.includes(schemeId);
  }

  function signIn(session: Session | null): void {
    user.value = session?.user ?? null;
    access.value = session?.access ?? null;
  }

  async function login(username: string, password: string): Promise<void> {
    signIn(await api.login(username, password));
    checked.value = true;
  }

  async function logout(): Promise<void> {
    try {
      await api.logout();
    } finally {
      signIn(null);
    }
  }

  /** Restores the session from the cookie once per page load. */
  async function ensureChecked(): Promise<void> {
    if (checked.value) return;
    try {
      signIn(await api.fetchMe());
    } catch {
      signIn(null);
    }
    checked.value = true;
  }

  onUnauthorized(() => {
    signIn(null);
  });

  return { user, access, role, loggedIn, ownUnit, checked, can, seesScheme, login, logout, ensureChecked };
});
