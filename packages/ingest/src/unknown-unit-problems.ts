import type { Problem } from '@kaoping/contracts';
import type { Located } from './table-def.ts';

/** Where a table's rows were read from, for problems. */
export interface TableSource {
  file: string;
  sheet?: string | undefined;
}

/**
 * One problem per row that names a unit not in `known`, located like any other row problem: file,
 * sheet, row and the header of the unit column. A wide row that gives several records is named once.
 */
export function unknownUnitProblems(entries: readonly Located<{ unitId: string }>[], known: ReadonlySet<string>, source: TableSource): Problem[] {
  const sheet = source.sheet === undefined ? {} : { sheet: source.sheet };
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const { unitId } = entry.record;
    const key = `${entry.row}\u0000${unitId}`;
    if (known.has(unitId) || seen.has(key)) continue;
    seen.add(key);
    const column = entry.unitColumn === undefined ? {} : { column: entry.unitColumn };
    problems.push({ file: source.file, ...sheet, row: entry.row, ...column, message: `单位 ${unitId} 不在单位表中` });
  }
  return problems;
}
