import { accessScope, type AccessScope, type Permission } from '@kaoping/contracts';
import type { User } from '@kaoping/store';
import { fail } from '../errors/fail.ts';

/**
 * What one request's user may do and see: built once per request (mountRoutes) from the contracts' role table
 * and the user's binding, and handed to the services that decide what to show.
 */
export interface Scope extends AccessScope {
  user: User;
}

export function scopeOf(user: User): Scope {
  return { ...accessScope(user), user };
}

export function allows(scope: Scope, permission: Permission): boolean {
  return scope.permissions.includes(permission);
}

/** Whether the scheme is visible at all: a reporter only the scheme it is bound to (an unbound one none). */
export function seesScheme(scope: Scope, schemeId: string): boolean {
  return scope.schemes === null || scope.schemes.includes(schemeId);
}

/**
 * The one reporter-scoping rule. The unit a request on a scheme may see: a scheme outside the scope is 403;
 * a unit-bound user gets its own unit (asking for another is 403), everyone else what they asked for
 * (undefined = all units).
 */
export function unitScope(scope: Scope, schemeId: string, requested?: string): string | undefined {
  if (!seesScheme(scope, schemeId)) throw fail.forbidden('填报员只能查看所绑定方案的本单位数据');
  if (scope.unitId === null) return requested;
  if (requested !== undefined && requested !== scope.unitId) throw fail.forbidden('只能查看本单位的数据');
  return scope.unitId;
}
