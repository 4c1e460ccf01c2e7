import type { Dataset, RulePack } from '@kaoping/contracts';
import { type DataIndex, type EventRec, projectFieldTypes, type ReportRec, type TargetRec, type UnitRec } from '../evaluate/data-index.ts';
import { decimalQ } from '../exact/decimal-q.ts';
import { Q } from '../exact/q.ts';
import type { Value } from '../formula/ast.ts';
import type { Row } from '../formula/runtime.ts';
import { periodMonth } from '../evaluate/calendar.ts';
import { type Columns, reportMonth, reportSlotOf, targetSlotOf, type Values } from './columns.ts';
import { UnitCache } from './unit-cache.ts';

/**
 * Row numbers of one table grouped by unit, in input order: unit u's rows are `order[start[u]..start[u+1]]`,
 * or rows `start[u]..start[u+1]` themselves when `order` is null (the table is in unit order already,
 * as reports usually are: 4.6 MB fewer at 40,000 units × 30 indicators).
 */
interface ByUnit {
  readonly start: Int32Array;
  readonly order: Int32Array | null;
}

/** A counting sort of rows by unit (−1: a unit not in the table, which the checks before have excluded). */
function byUnit(n: number, rows: number, unitOf: (r: number) => number): ByUnit {
  const start = new Int32Array(n + 1);
  let sorted = true;
  let last = 0;
  for (let r = 0; r < rows; r++) {
    const u = unitOf(r);
    start[u + 1]!++;
    if (u < last) sorted = false;
    last = u;
  }
  for (let u = 0; u < n; u++) start[u + 1]! += start[u]!;
  if (sorted) return { start, order: null };
  const fill = start.slice(0, n);
  const order = new Int32Array(rows);
  for (let r = 0; r < rows; r++) order[fill[unitOf(r)]!++] = r;
  return { start, order };
}

function* rowsOf(t: ByUnit, u: number): Generator<number> {
  for (let k = t.start[u]!; k < t.start[u + 1]!; k++) yield t.order === null ? k : t.order[k]!;
}

/**
 * An array whose element u is built on first read and kept in a small cache (the oldest read
 * forgotten first): each unit's records exist only while the units near it are being written.
 */
function lazyPerUnit<T>(n: number, build: (u: number) => T, keep: number): readonly T[] {
  const ring = new UnitCache<T>(keep);
  const at = (u: number): T => {
    let x = ring.get(u);
    if (x === undefined) {
      x = build(u);
      ring.add(u, x);
    }
    return x;
  };
  return new Proxy(new Array<T>(n), {
    get(target, key, receiver) {
      if (typeof key === 'string') {
        const u = Number(key);
        if (Number.isInteger(u) && u >= 0 && u < n && String(u) === key) return at(u);
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/** Below 10^15 an integer read from text is exactly its double (any text of at most 15 digits). */
const EXACT_INT = 1e15;

/** A row's value as an exact number: from its slot s's column when it is an integer read exactly, else from its text (s = −1: no slot). */
function exactOf(values: Values, errors: Float64Array | null, s: number, text: string): Q {
  if (s < 0) return decimalQ(text);
  const v = values[s]!;
  return (errors === null || errors[s] === 0) && Math.abs(v) < EXACT_INT && Number.isInteger(v) ? new Q(v) : decimalQ(text);
}

/** A project as the exact index holds it: decimal fields as exact numbers, other fields as they are. */
export function projectRow(types: Readonly<Record<string, string>>, p: Dataset['projects'][number]): Row {
  const row: Record<string, Value> = { id: p.id, unitId: p.unitId, name: p.name };
  for (const [f, v] of Object.entries(p.fields)) row[f] = v === null || (types[f] ?? 'string') !== 'decimal' ? v : typeof v === 'string' ? decimalQ(v) : null;
  return row;
}

const indexes = new WeakMap<Columns, DataIndex>();

/** The lazy index of a run's data (its columns), made once per run. */
export function lazyIndexOf(pack: RulePack, data: Dataset, cols: Columns): DataIndex {
  let x = indexes.get(cols);
  if (x === undefined) {
    x = lazyIndex(pack, data, cols);
    indexes.set(cols, x);
  }
  return x;
}

/**
 * The index as a state for a few units sees it: every unit readable by number, but a unit list
 * whose length is 0, because the exact engine sizes its memo by it (units × facts, allocated whole
 * on first use): such a state's memo grows only with what it computes. Not for code that walks all
 * units (buildProjects), which gets the index itself.
 */
export function blockView(index: DataIndex): DataIndex {
  const units = new Proxy(index.units, { get: (t, key, r) => (key === 'length' ? 0 : (Reflect.get(t, key, r) as unknown)) });
  return { ...index, units };
}

/**
 * The exact engine's index of a dataset (`indexData`), each unit's records converted to exact values
 * only when read and forgotten soon after, so that writing a result unit by unit holds a few units'
 * records rather than the whole dataset's twice. Only for data the fast path has checked (columns
 * built, projects valid): what `indexData` would reject never reaches it.
 */
export function lazyIndex(pack: RulePack, data: Dataset, cols: Columns, keep = 16): DataIndex {
  const n = cols.n;
  const units: UnitRec[] = data.units.map((u, k) => ({ id: u.id, name: u.name, group: cols.unitGroup[k]! }));
  const groupUnits = Array.from(cols.groupUnits, (m) => Array.from(m));
  const unitOf = new Map(data.units.map((u, k) => [u.id, k]));
  const index = (rows: readonly { unitId: string }[]) => byUnit(n, rows.length, (r) => unitOf.get(rows[r]!.unitId) ?? -1);
  const [tg, rp, ev, pj] = [index(data.targets), index(data.reports), index(data.events), index(data.projects)];
  const types = projectFieldTypes(pack);
  const targets = lazyPerUnit(
    n,
    (u) => {
      const m = new Map<string, TargetRec[]>();
      for (const r of rowsOf(tg, u)) {
        const t = data.targets[r]!;
        const list = m.get(t.indicator) ?? [];
        const value = exactOf(cols.tgtValue, cols.tgtErr, targetSlotOf(cols, r, u, t.indicator), t.value);
        list.push({ value, year: t.period === null ? null : Number(t.period.slice(0, 4)) });
        m.set(t.indicator, list);
      }
      return m;
    },
    keep,
  );
  // Months of rows of indicators the pack does not have (no slot to read one from), as the exact index reads them.
  const months = new Map<string, number>();
  const monthOf = (period: string): number => {
    let m = months.get(period);
    if (m === undefined) months.set(period, (m = periodMonth(period)));
    return m;
  };
  const reports = lazyPerUnit(
    n,
    (u) => {
      const m = new Map<string, ReportRec[]>();
      for (const r of rowsOf(rp, u)) {
        const x = data.reports[r]!;
        const list = m.get(x.indicator) ?? [];
        const s = reportSlotOf(cols, r, u, x.indicator);
        const value = x.value === null ? null : exactOf(cols.repValue, cols.repErr, s, x.value);
        list.push({ ym: s < 0 ? monthOf(x.period) : reportMonth(cols, s), period: x.period, value });
        m.set(x.indicator, list);
      }
      for (const list of m.values()) list.sort((a, b) => a.ym - b.ym);
      return m;
    },
    keep,
  );
  const events = lazyPerUnit(
    n,
    (u) =>
      Array.from(rowsOf(ev, u), (k): EventRec => {
        const e = data.events[k]!;
        return {
          ym: cols.evYm[k]!,
          row: { unitId: e.unitId, period: e.period, kind: e.kind, code: e.code, note: e.note, count: decimalQ(e.count) },
        };
      }),
    keep,
  );
  const projects = lazyPerUnit(n, (u) => Array.from(rowsOf(pj, u), (k) => projectRow(types, data.projects[k]!)), keep);
  return { units, groupUnits, targets, reports, events, projects };
}
