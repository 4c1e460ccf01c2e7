import { listRecords, type Db } from '@kaoping/store';
import { fail } from '../../errors/fail.ts';

/** 400 unless the unit is in the scheme's units table. */
export async function requireKnownUnit(db: Db, schemeId: string, unitId: string): Promise<void> {
  const found = await listRecords(db, schemeId, 'units', { unitId });
  if (found.length === 0) throw fail.invalid(`单位 ${unitId} 不在单位表中`, [{ pointer: '/unitId', message: `单位 ${unitId} 不在单位表中` }]);
}
