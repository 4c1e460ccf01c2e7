import type { FieldValue } from '@kaoping/contracts';
import { cellText } from './cell-text.ts';
import type { ColumnRef, HeaderMatch } from './find-header.ts';
import { parseCell } from './parse-cell.ts';
import type { TableLayout } from './table-layout.ts';

/** One value of a wide-layout row. */
interface WideCell {
  indicator: string;
  column: string;
  value: string | null;
}

/**
 * A data row whose cells all read well. `values` holds the fields whose column is present or
 * that have a constant (null = empty cell); `columns` the header text of each field's column.
 */
export interface SourceRow {
  row: number;
  values: Map<string, FieldValue>;
  columns: ReadonlyMap<string, string>;
  wide: WideCell[] | null;
}

/** A cell that does not read. */
export interface CellProblem {
  row: number;
  column: string;
  message: string;
}

/**
 * Reads the rows below the header. Empty rows are skipped; a row with any bad cell gives its
 * problems, left to right, and no SourceRow. Row numbers are 1-based, plus `rowOffset`.
 */
export function readRows(
  rows: readonly unknown[][],
  header: HeaderMatch,
  layout: TableLayout,
  rowOffset: number,
): { rows: SourceRow[]; problems: CellProblem[] } {
  const good: SourceRow[] = [];
  const problems: CellProblem[] = [];
  // Every row of a sheet has the same columns: one map shared by all (a worker sends it back once, not per row).
  const columns = new Map([...header.columns].map(([key, { ref }]) => [key, ref.header]));
  rows.forEach((cells, index) => {
    if (index <= header.index || cells.every((cell) => cellText(cell) === '')) return;
    const bad: (CellProblem & { index: number })[] = [];
    const source = readRow(cells, index + 1 + rowOffset, header, layout, columns, bad);
    if (bad.length === 0) good.push(source);
    bad.sort((a, b) => a.index - b.index);
    problems.push(...bad.map(({ row, column, message }) => ({ row, column, message })));
  });
  return { rows: good, problems };
}

function readRow(
  cells: readonly unknown[],
  row: number,
  header: HeaderMatch,
  layout: TableLayout,
  columns: ReadonlyMap<string, string>,
  bad: (CellProblem & { index: number })[],
): SourceRow {
  const source: SourceRow = { row, values: new Map(layout.constants), columns, wide: null };
  const problem = (ref: ColumnRef, message: string): void => {
    bad.push({ row, column: ref.header, message, index: ref.index });
  };
  for (const [key, { spec, ref }] of header.columns) {
    const parsed = parseCell(spec.kind, cells[ref.index]);
    if (!parsed.ok) problem(ref, parsed.message);
    else if (parsed.value === null && spec.nonEmpty) problem(ref, `${ref.header}不能为空`);
    else source.values.set(key, parsed.value);
  }
  if (layout.wide === null) return source;
  source.wide = [];
  for (const { indicator, ref } of header.wide) {
    const parsed = parseCell('decimal', cells[ref.index]);
    if (!parsed.ok) problem(ref, parsed.message);
    else source.wide.push({ indicator, column: ref.header, value: typeof parsed.value === 'string' ? parsed.value : null });
  }
  return source;
}
