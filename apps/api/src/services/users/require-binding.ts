import type { Role } from '@kaoping/contracts';
import type { Db } from '@kaoping/store';
import { getScheme, listRecords } from '@kaoping/store';
import { fail } from '../../errors/fail.ts';

export interface Binding {
  schemeId: string | null;
  unitId: string | null;
}

/**
 * A reporter must be bound to an existing scheme and a unit from that scheme's unit list; every other role is
 * bound to nothing. 400 naming the field otherwise.
 */
export async function requireBinding(db: Db, role: Role, binding: Binding): Promise<void> {
  const { schemeId, unitId } = binding;
  if (role !== 'reporter') {
    if (schemeId !== null || unitId !== null) throw fail.invalid('只有填报员绑定方案和单位', [{ pointer: '/unitId', message: '此角色不绑定单位' }]);
    return;
  }
  if (schemeId === null) throw fail.invalid('填报员必须绑定一个方案', [{ pointer: '/schemeId', message: '请选择方案' }]);
  if (unitId === null) throw fail.invalid('填报员必须绑定一个单位', [{ pointer: '/unitId', message: '请选择单位' }]);
  const scheme = await getScheme(db, schemeId);
  if (!scheme) throw fail.invalid(`方案 ${schemeId} 不存在`, [{ pointer: '/schemeId', message: '方案不存在' }]);
  const units = await listRecords(db, schemeId, 'units', { unitId });
  if (units.length === 0) {
    const message = `单位 ${unitId} 不在方案「${scheme.name}」的单位表中`;
    throw fail.invalid(message, [{ pointer: '/unitId', message }]);
  }
}
