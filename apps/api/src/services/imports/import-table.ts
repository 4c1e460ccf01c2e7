import { ErrorCode, KaopingError, type Problem, type TableName, type Unit } from '@kaoping/contracts';
import { unknownUnitProblems, type Located } from '@kaoping/ingest';
import { appendAudit, listRecords, replaceTable, type DataRecords, type Store, type User } from '@kaoping/store';
import { importRules } from './import-rules.ts';
import { readImport, type ReadSheet } from './read-import.ts';
import { readUpload } from './read-upload.ts';

export interface ImportInput {
  table: TableName;
  body: Buffer;
  file: string;
  xlsx: boolean;
  sheet?: string | undefined;
  dryRun: boolean;
  afterRow?: ((written: number) => void) | undefined;
}

/**
 * Imports one table into a scheme, replacing its rows: all or nothing. Any problem is 400 listing
 * every one (file, sheet, row, column) and nothing is written; a dry run returns the preview instead.
 */
export async function importTable(store: Store, schemeId: string, input: ImportInput, user: User) {
  const rules = await importRules(store.db, schemeId);
  const sheets = await readUpload(input.body, input.xlsx, input.sheet);
  const { records, sheets: read, problems } = readImport(input.table, sheets, input.file, rules);
  // Unknown units are listed with the cell errors (the rows that were read are checked), so one
  // preview names every problem; a units file is checked against the other tables only once it
  // reads cleanly, as its dropped bad rows would otherwise look like removed units.
  if (input.table !== 'units') problems.push(...(await unknownUnits(store, schemeId, read, input.file)));
  else if (problems.length === 0) problems.push(...(await stillReferenced(store, schemeId, records as Unit[], input.file)));
  sortByPlace(problems, read);
  if (input.dryRun) return { dryRun: true, rows: records, problems };
  if (problems.length > 0) throw new KaopingError(ErrorCode.DATA_INVALID, '导入文件有误，未写入任何数据', problems);
  return store.db.transaction().execute(async (trx) => {
    const before = (await listRecords(trx, schemeId, input.table)).length;
    await replaceTable(trx, schemeId, input.table, records as DataRecords[typeof input.table][], input.afterRow);
    await appendAudit(trx, {
      actor: user.username,
      action: 'import',
      entity: input.table,
      entityId: schemeId,
      before: { rows: before },
      after: { rows: records.length, file: input.file, ...(input.sheet === undefined ? {} : { sheet: input.sheet }) },
    });
    return { dryRun: false, imported: records.length, problems: [] as Problem[] };
  });
}

/** In file order: sheet by sheet, row by row (file-level problems first); stable otherwise. */
function sortByPlace(problems: Problem[], sheets: readonly ReadSheet<unknown>[]): void {
  const sheetIndex = (p: Problem) => Math.max(0, sheets.findIndex((s) => s.source.sheet === p.sheet));
  problems.sort((a, b) => sheetIndex(a) - sheetIndex(b) || (a.row ?? 0) - (b.row ?? 0));
}

/** Each row naming a unit that is not in the scheme's units table, with its file, sheet, row and column. */
async function unknownUnits(store: Store, schemeId: string, sheets: readonly ReadSheet<unknown>[], file: string): Promise<Problem[]> {
  const known = new Set((await listRecords(store.db, schemeId, 'units')).map((u) => u.id));
  if (known.size === 0) return [{ file, message: '请先导入单位表' }];
  // Every table but units has a unitId on each record.
  return sheets.flatMap(({ entries, source }) => unknownUnitProblems(entries as Located<{ unitId: string }>[], known, source));
}

/** A units import must keep every unit the other tables still name. */
async function stillReferenced(store: Store, schemeId: string, units: readonly Unit[], file: string): Promise<Problem[]> {
  const kept = new Set(units.map((u) => u.id));
  const problems: Problem[] = [];
  for (const table of ['targets', 'reports', 'events', 'projects'] as const) {
    const missing = new Set((await listRecords(store.db, schemeId, table)).map((r) => r.unitId).filter((id) => !kept.has(id)));
    for (const id of missing) problems.push({ file, message: `单位 ${id} 不在新单位表中，但${TABLE_LABELS[table]}仍引用它；请先导入不含该单位的${TABLE_LABELS[table]}` });
  }
  return problems;
}

const TABLE_LABELS = { targets: '目标表', reports: '月报表', events: '加扣分事项表', projects: '项目表' } as const;
