import type { SourceRow } from './read-rows.ts';

/** A record built from a row, with the column that holds its key (for duplicate problems). */
export interface Entry<R> {
  record: R;
  keyColumn: string | undefined;
}

/** How the records of one table are built from its rows, and what makes two of them the same. */
export interface TableDef<R> {
  build(row: SourceRow): Entry<R>[];
  /** The identity of a record; two records with the same key are a problem. */
  key?(record: R): string;
  /** The key in words, for the duplicate problem. */
  describe?(record: R): string;
}

/** A field's text, or null when its cell is empty, its column is missing or it is not text. */
export function text(row: SourceRow, key: string): string | null {
  const value = row.values.get(key);
  return typeof value === 'string' ? value : null;
}

/** Like {@link text} for a field that `readRows` guarantees non-empty; '' only if it is not. */
export function must(row: SourceRow, key: string): string {
  return text(row, key) ?? '';
}

/** The key of a unit–indicator–period record. */
export function periodKey(r: { unitId: string; indicator: string; period: string | null }): string {
  return JSON.stringify([r.unitId, r.indicator, r.period]);
}

/** A unit–indicator–period record in words. */
export function describePeriodKey(r: { unitId: string; indicator: string; period: string | null }): string {
  const period = r.period === null ? '' : `、期间 ${r.period}`;
  return `单位 ${r.unitId}、指标 ${r.indicator}${period}`;
}

/** A record with the row it came from (1-based, as the sheet numbers it) and the header of its unit column. */
export interface Located<R> extends Entry<R> {
  row: number;
  unitColumn: string | undefined;
  /** Field → the header of its column, as written. */
  columns: ReadonlyMap<string, string>;
}
