import type { User } from '@kaoping/store';
import { fail } from '../errors/fail.ts';

/**
 * The unit a request may see: reporters are bound to theirs (asking for another is 403), everyone
 * else sees what they asked for (undefined = all units).
 */
export function unitScope(user: User, requested: string | undefined): string | undefined {
  if (user.role !== 'reporter') return requested;
  if (requested !== undefined && requested !== user.unitId) throw fail.forbidden('只能查看本单位的数据');
  return user.unitId ?? undefined;
}
