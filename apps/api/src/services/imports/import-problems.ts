import type { Problem, Unit } from '@kaoping/contracts';
import { listRecords, type Db } from '@kaoping/store';

const TABLE_LABELS = { targets: '目标表', reports: '月报表', events: '加扣分事项表', projects: '项目表' } as const;

/** The units table after an import (or an undo) must keep every unit the other tables still name. */
export async function stillReferenced(db: Db, schemeId: string, units: readonly Unit[], file: string): Promise<Problem[]> {
  const kept = new Set(units.map((u) => u.id));
  const problems: Problem[] = [];
  for (const table of ['targets', 'reports', 'events', 'projects'] as const) {
    const missing = new Set((await listRecords(db, schemeId, table)).map((r) => r.unitId).filter((id) => !kept.has(id)));
    for (const id of missing)
      problems.push({ file, message: `单位 ${id} 不在新单位表中，但${TABLE_LABELS[table]}仍引用它；请先导入不含该单位的${TABLE_LABELS[table]}` });
  }
  return problems;
}
