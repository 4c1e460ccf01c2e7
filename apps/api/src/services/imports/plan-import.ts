import type { ImportChange, ImportCounts, ImportMode, Problem, TableName } from '@kaoping/contracts';
import type { DataRecords } from '@kaoping/store';
import { describeKey, NATURAL_KEY } from './natural-key.ts';

/** What an import will do: the table afterwards, and the counts and rows the dry run shows. */
export interface ImportPlan<R> {
  next: R[];
  counts: ImportCounts;
  changes: ImportChange[];
  deletedRows: R[];
  /** How many first rows of the table stay as they are (`next` starts with them): only the rows after them are written. */
  kept: number;
  /** Rows the mode cannot take (an append that repeats a stored key, a merge that names a key twice). */
  problems: Problem[];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Plans an import against the stored rows. 合并更新 replaces rows with the same natural key in place
 * and appends new ones; 追加 appends every row (a stored key may not repeat, except for events,
 * which may happen twice); 整表替换 makes the table exactly the file. `rowOf(i)` locates the i-th
 * imported record for problems.
 */
export function planImport<T extends TableName>(
  table: T,
  current: readonly DataRecords[T][],
  incoming: readonly DataRecords[T][],
  mode: ImportMode,
  rowOf: (index: number) => Omit<Problem, 'message'>,
): ImportPlan<DataRecords[T]> {
  const keyOf = NATURAL_KEY[table] as (r: DataRecords[T]) => string;
  const stored = new Map(current.map((r, i) => [keyOf(r), i]));
  const counts: ImportCounts = { added: 0, changed: 0, unchanged: 0, deleted: 0 };
  const changes: ImportChange[] = [];
  const problems: Problem[] = [];
  const next = mode === 'replace' ? [] : [...current];
  const seen = new Map<string, number>();
  // 整表替换 writes every row; the others keep the stored rows before the first one they replace.
  let kept = mode === 'replace' ? 0 : current.length;
  incoming.forEach((record, i) => {
    const key = keyOf(record);
    const first = seen.get(key);
    seen.set(key, first ?? i);
    if (first !== undefined && mode === 'merge' && table === 'events') {
      problems.push({ ...rowOf(i), message: `${describeKey(table, key)} 在文件中出现两次；合并更新按此键更新，同一事项发生多次请用“次数”列或追加模式` });
    }
    const at = stored.get(key);
    const before = at === undefined ? undefined : current[at];
    if (mode === 'append' || before === undefined) {
      if (mode === 'append' && before !== undefined && table !== 'events') {
        problems.push({ ...rowOf(i), message: `${describeKey(table, key)} 已有记录，追加模式不能重复添加；要修改已有记录请用合并更新` });
      }
      counts.added += 1;
      next.push(record);
      return;
    }
    const unchanged = same(before, record);
    if (unchanged) counts.unchanged += 1;
    else {
      counts.changed += 1;
      changes.push({ key: describeKey(table, key), before, after: record });
    }
    if (mode === 'merge' && at !== undefined) {
      next[at] = record;
      if (!unchanged) kept = Math.min(kept, at);
    } else next.push(record);
  });
  const deletedRows = mode === 'replace' ? current.filter((r) => !seen.has(keyOf(r))) : [];
  counts.deleted = deletedRows.length;
  return { next, counts, changes, deletedRows, kept, problems };
}
