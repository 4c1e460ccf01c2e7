import type { Permission } from '@kaoping/contracts';
import type { RouteLocationNormalized, RouteLocationRaw, RouteMeta } from 'vue-router';

/** What the guard and the menus ask of the auth store. */
export interface AccessCheck {
  loggedIn: boolean;
  ownUnit: string | null;
  can: (permission: Permission) => boolean;
  seesScheme: (schemeId: string) => boolean;
}

/** Whether the signed-in user may open a page: its permission, a unit binding where asked, its scheme in scope. */
export function mayOpen(auth: AccessCheck, meta: RouteMeta, schemeId?: string): boolean {
  if (meta.permission !== undefined && !auth.can(meta.permission)) return false;
  if (meta.unitBound === true && auth.ownUnit === null) return false;
  return schemeId === undefined || auth.seesScheme(schemeId);
}

/**
 * Where navigation goes: public pages open (a signed-in user skips the login page), others need a session, and
 * a page the user may not open shows 无权限 (naming the page) instead of silently going elsewhere.
 */
export function accessGuard(auth: AccessCheck, to: RouteLocationNormalized): true | RouteLocationRaw {
  if (to.meta.public) return auth.loggedIn && to.name === 'login' ? '/schemes' : true;
  if (!auth.loggedIn) return { name: 'login', query: { redirect: to.fullPath } };
  const sid = typeof to.params.sid === 'string' ? to.params.sid : undefined;
  if (!mayOpen(auth, to.meta, sid)) return { name: 'forbidden', query: { from: to.fullPath } };
  return true;
}
