import { cellText } from './cell-text.ts';
import { TABLE_LABELS } from './field-catalogue.ts';
import { normalizeHeader } from './normalize-header.ts';
import type { ColumnSpec, TableLayout, WideSpec } from './table-layout.ts';

/** A column found in the header row: its 0-based index and its header text as written. */
export interface ColumnRef {
  index: number;
  header: string;
}

/** The header row of a table and where each field is. */
export interface HeaderMatch {
  /** 0-based index of the header row in the rows; -1 when no row names any required column. */
  index: number;
  columns: Map<string, { spec: ColumnSpec; ref: ColumnRef }>;
  wide: { indicator: string; ref: ColumnRef }[];
  /** One sentence per required column that is missing. */
  missing: string[];
}

/** How many rows from the top may hold the header (title rows and notes can come first). */
const HEADER_SCAN_ROWS = 20;

/**
 * Finds the header row: the first of the top rows in which every required column is found. When
 * there is none, the row that comes closest, with the columns it lacks.
 */
export function findHeader(rows: readonly unknown[][], layout: TableLayout): HeaderMatch {
  const required =
    layout.columns.filter((spec) => spec.required).length + (layout.wide?.filter((w) => w.optional !== true).length ?? 0) + (layout.autoWide === true ? 1 : 0);
  let best: HeaderMatch = { index: -1, columns: new Map(), wide: [], missing: allMissing(layout) };
  for (const [index, row] of rows.slice(0, HEADER_SCAN_ROWS).entries()) {
    const match = matchRow(index, row, layout);
    if (match.missing.length === 0) return match;
    if (match.missing.length < required && match.missing.length < best.missing.length) best = match;
  }
  return best;
}

function matchRow(index: number, row: readonly unknown[], layout: TableLayout): HeaderMatch {
  const take = columnTaker(row);
  const match: HeaderMatch = { index, columns: new Map(), wide: [], missing: [] };
  for (const wide of layout.wide ?? []) {
    const ref = take(wide.names);
    if (ref !== undefined) match.wide.push({ indicator: wide.indicator, ref });
    else if (wide.optional !== true) match.missing.push(missingWide(layout, wide));
  }
  if (layout.autoWide === true && match.wide.length === 0) match.missing.push(noIndicatorColumn(layout));
  for (const spec of layout.columns) {
    const ref = take(spec.aliases);
    if (ref !== undefined) match.columns.set(spec.key, { spec, ref });
    else if (spec.required) match.missing.push(missingColumn(layout, spec));
  }
  return match;
}

/** Finds, for a list of accepted names in priority order, the first unclaimed column, and claims it. */
function columnTaker(row: readonly unknown[]): (names: readonly string[]) => ColumnRef | undefined {
  const byName = new Map<string, ColumnRef[]>();
  row.forEach((cell, index) => {
    const header = cellText(cell);
    if (header === '') return;
    const key = normalizeHeader(header);
    byName.set(key, [...(byName.get(key) ?? []), { index, header }]);
  });
  const claimed = new Set<number>();
  return (names) => {
    for (const name of names) {
      const ref = byName.get(normalizeHeader(name))?.find((r) => !claimed.has(r.index));
      if (ref !== undefined) {
        claimed.add(ref.index);
        return ref;
      }
    }
    return undefined;
  };
}

function allMissing(layout: TableLayout): string[] {
  const wide = (layout.wide ?? []).filter((w) => w.optional !== true).map((w) => missingWide(layout, w));
  if (layout.autoWide === true) wide.push(noIndicatorColumn(layout));
  return [...wide, ...layout.columns.filter((s) => s.required).map((s) => missingColumn(layout, s))];
}

function missingColumn(layout: TableLayout, spec: ColumnSpec): string {
  const others = spec.aliases.filter((a) => a !== spec.label);
  const also = others.length > 0 ? `（也可写作 ${others.join('、')}）` : '';
  return `${TABLE_LABELS[layout.table]}缺少列「${spec.label}」${also}`;
}

function missingWide(layout: TableLayout, wide: WideSpec): string {
  const [first = wide.indicator, ...others] = wide.names;
  const also = others.length > 0 ? `，也可写作 ${others.join('、')}` : '';
  return `${TABLE_LABELS[layout.table]}缺少列「${first}」（宽表中指标 ${wide.indicator} 的列${also}）`;
}

function noIndicatorColumn(layout: TableLayout): string {
  return `${TABLE_LABELS[layout.table]}没有任何指标列（宽表的列名写指标名称、编码，或带单位的名称，如「指标名称（个）」）`;
}
