import type { Unit } from '@kaoping/contracts';
import { listRecords, type Db } from '@kaoping/store';
import { fail } from '../../errors/fail.ts';

/** The unit from the scheme's units table, or 404. */
export async function findUnit(db: Db, schemeId: string, unitId: string): Promise<Unit> {
  const [unit] = await listRecords(db, schemeId, 'units', { unitId });
  if (!unit) throw fail.notFound(`单位 ${unitId} `);
  return unit;
}
