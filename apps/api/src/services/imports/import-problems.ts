import type { Problem, TableName, Unit } from '@kaoping/contracts';
import { unknownUnitProblems, type Located } from '@kaoping/ingest';
import { listRecords, type Db, type Store } from '@kaoping/store';
import type { ReadSheet } from './read-import.ts';

/**
 * Adds the problems that need the database, then sorts all of them in file order. Unknown units are
 * listed with the cell errors so one preview names every problem; a units import is checked
 * against the other tables only once it reads cleanly, as its dropped bad rows would otherwise look
 * like removed units.
 */
export async function importProblems(
  store: Store,
  schemeId: string,
  table: TableName,
  read: { sheets: readonly ReadSheet<unknown>[] },
  nextUnits: readonly Unit[],
  problems: Problem[],
): Promise<void> {
  const file = read.sheets[0]?.source.file ?? '';
  if (table !== 'units') problems.push(...(await unknownUnits(store.db, schemeId, read.sheets, file)));
  else if (problems.length === 0) problems.push(...(await stillReferenced(store.db, schemeId, nextUnits, file)));
  const sheetIndex = (p: Problem) => Math.max(0, read.sheets.findIndex((s) => s.source.sheet === p.sheet));
  problems.sort((a, b) => sheetIndex(a) - sheetIndex(b) || (a.row ?? 0) - (b.row ?? 0));
}

/** Each row naming a unit that is not in the scheme's units table, with its file, sheet, row and column. */
async function unknownUnits(db: Db, schemeId: string, sheets: readonly ReadSheet<unknown>[], file: string): Promise<Problem[]> {
  const known = new Set((await listRecords(db, schemeId, 'units')).map((u) => u.id));
  if (known.size === 0) return [{ file, message: '请先导入单位表' }];
  // Every table but units has a unitId on each record.
  return sheets.flatMap(({ entries, source }) => unknownUnitProblems(entries as Located<{ unitId: string }>[], known, source));
}

const TABLE_LABELS = { targets: '目标表', reports: '月报表', events: '加扣分事项表', projects: '项目表' } as const;

/** The units table after an import (or an undo) must keep every unit the other tables still name. */
export async function stillReferenced(db: Db, schemeId: string, units: readonly Unit[], file: string): Promise<Problem[]> {
  const kept = new Set(units.map((u) => u.id));
  const problems: Problem[] = [];
  for (const table of ['targets', 'reports', 'events', 'projects'] as const) {
    const missing = new Set((await listRecords(db, schemeId, table)).map((r) => r.unitId).filter((id) => !kept.has(id)));
    for (const id of missing) problems.push({ file, message: `单位 ${id} 不在新单位表中，但${TABLE_LABELS[table]}仍引用它；请先导入不含该单位的${TABLE_LABELS[table]}` });
  }
  return problems;
}
