import type { User } from '@kaoping/store';
import { fail } from '../errors/fail.ts';

/**
 * Whether the user may see a scheme at all: a reporter only the scheme it is bound to (an unbound reporter none),
 * everyone else every scheme.
 */
export function seesScheme(user: User, schemeId: string): boolean {
  return user.role !== 'reporter' || (user.schemeId !== null && user.schemeId === schemeId);
}

/**
 * The unit a request on a scheme may see: reporters are bound to one unit of one scheme (another scheme or
 * another unit is 403), everyone else sees what they asked for (undefined = all units).
 */
export function unitScope(user: User, schemeId: string, requested: string | undefined): string | undefined {
  if (user.role !== 'reporter') return requested;
  if (!seesScheme(user, schemeId) || user.unitId === null) throw fail.forbidden('填报员只能查看所绑定方案的本单位数据');
  if (requested !== undefined && requested !== user.unitId) throw fail.forbidden('只能查看本单位的数据');
  return user.unitId;
}
