import type { Problem, ProjectsInput, TableInput, TableName } from '@kaoping/contracts';
import { checkVocabulary } from './check-vocabulary.ts';
import { cellText } from './cell-text.ts';
import { findHeader, type HeaderMatch } from './find-header.ts';
import type { Vocabulary } from './pack-vocabulary.ts';
import { readRows } from './read-rows.ts';
import type { Located, TableDef } from './table-def.ts';
import { resolveLayout, type TableLayout } from './table-layout.ts';
import { resolveUnits, type UnitDirectory } from './unit-directory.ts';
import { autoWideLayout, unknownWideColumns } from './auto-wide.ts';
import { TABLE_DEFS, type TableRecords } from './table-records.ts';

/** Where a table comes from and how to read it. */
export interface ReadTableOptions {
  /** File name, for problems. */
  file: string;
  /** Sheet name, for problems. */
  sheet?: string | undefined;
  /** The pack's `inputs` entry for this table. */
  input?: TableInput | ProjectsInput | undefined;
  /** Added to row numbers, when `rows` do not start at the sheet's first row. */
  rowOffset?: number | undefined;
  /** What the pack knows; when given, unknown groups, indicators and event codes are problems. */
  vocabulary?: Vocabulary | undefined;
  /** The units rows may name by name or alias; when given, those rows get the unit's code. */
  units?: UnitDirectory | undefined;
}

/**
 * Like `readTable`, but each record keeps where it came from, so checks made later (a unit that is
 * not in the units table, say) can point at the row. A wide row gives several entries with one row.
 */
export function readEntries<T extends TableName>(
  table: T,
  rows: readonly unknown[][],
  options: ReadTableOptions,
): { entries: Located<TableRecords[T]>[]; problems: Problem[] } {
  const where = { file: options.file, ...(options.sheet === undefined ? {} : { sheet: options.sheet }) };
  const { layout, header } = layoutOf(table, rows, options);
  const problems: Problem[] = layout.problems.map((message) => ({ ...where, message }));
  const headerRow = header.index < 0 ? {} : { row: header.index + 1 + (options.rowOffset ?? 0) };
  problems.push(...header.missing.map((message) => ({ ...where, ...headerRow, message })));
  if (header.missing.length > 0) return { entries: [], problems };
  const read = readRows(rows, header, layout, options.rowOffset ?? 0);
  const def: TableDef<TableRecords[T]> = TABLE_DEFS[table];
  const built = read.rows.flatMap((source) =>
    def.build(source).map((entry) => ({ ...entry, row: source.row, unitColumn: source.columns.get('unitId'), columns: source.columns })),
  );
  const known = options.vocabulary === undefined ? { entries: built, problems: [] } : checkVocabulary(table, built, options.vocabulary, where);
  const named = resolveUnitNames(table, known.entries, options.units, where);
  const entries = named.entries;
  const stray = [...unknownColumns(table, rows, header), ...unknownWideColumns(layout, rows[header.index] ?? [], header)];
  problems.push(...stray.map((p) => ({ ...where, ...headerRow, ...p })));
  const rowProblems: Problem[] = [...read.problems, ...known.problems, ...named.problems, ...duplicates(entries, def)].sort(
    (a, b) => (a.row ?? 0) - (b.row ?? 0),
  );
  problems.push(...rowProblems.map((p) => ({ ...where, ...p })));
  return { entries, problems };
}

/** The configured layout, or else the 任务分解表's wide layout when the pack's indicators head the columns. */
function layoutOf(table: TableName, rows: readonly unknown[][], options: ReadTableOptions): { layout: TableLayout; header: HeaderMatch } {
  const layout = resolveLayout(table, options.input);
  const header = findHeader(rows, layout);
  if (header.missing.length === 0) return { layout, header };
  const wide = autoWideLayout(layout, options.vocabulary);
  const wideHeader = wide === undefined ? undefined : findHeader(rows, wide);
  return wide !== undefined && wideHeader?.missing.length === 0 ? { layout: wide, header: wideHeader } : { layout, header };
}

function resolveUnitNames<R>(table: TableName, entries: Located<R>[], units: UnitDirectory | undefined, where: { file: string; sheet?: string }) {
  if (units === undefined || table === 'units') return { entries, problems: [] };
  // Every table but units has a unitId on each record.
  const resolved = resolveUnits(entries as Located<R & { unitId: string }>[], units, where);
  return { entries: resolved.entries as Located<R>[], problems: resolved.problems };
}

/** Projects keep every typed field: a header that names no field would be dropped, so it is a problem. */
function unknownColumns(table: TableName, rows: readonly unknown[][], header: HeaderMatch): { column: string; message: string }[] {
  if (table !== 'projects') return [];
  const claimed = new Set([...[...header.columns.values()].map((c) => c.ref.index), ...header.wide.map((w) => w.ref.index)]);
  return (rows[header.index] ?? []).flatMap((cell, index) => {
    const text = cellText(cell);
    if (text === '' || claimed.has(index)) return [];
    return [{ column: text, message: `项目表的列「${text}」不是已知的项目字段；请在规则的 inputs.projects.fields 中声明它，或删去该列` }];
  });
}

type RowProblem = Omit<Problem, 'file' | 'row'> & { row: number };

function duplicates<R>(entries: Located<R>[], def: TableDef<R>): RowProblem[] {
  const { key, describe } = def;
  if (key === undefined) return [];
  const first = new Map<string, number>();
  const problems: RowProblem[] = [];
  for (const entry of entries) {
    const k = key(entry.record);
    const seen = first.get(k);
    if (seen === undefined) {
      first.set(k, entry.row);
      continue;
    }
    const what = describe?.(entry.record) ?? k;
    const column = entry.keyColumn === undefined ? {} : { column: entry.keyColumn };
    problems.push({ row: entry.row, ...column, message: `${what} 重复：第 ${seen} 行已有同样的记录` });
  }
  return problems;
}
