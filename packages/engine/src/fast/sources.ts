import { column, scratch } from './pool.ts';
import { isQ, ONE, parseDecimal, Q, ZERO } from '../exact/q.ts';
import type { CompiledPack } from '../compile/compiled.ts';
import type { PeriodInfo } from '../evaluate/calendar.ts';
import type { RunState } from '../evaluate/run-state.ts';
import type { Value } from '../formula/ast.ts';
import type { Columns, Values } from './columns.ts';
import { firstReport, firstTarget, headRow, NO_YEAR, nextRow, reportMonth, reportRow, targetRow } from './columns.ts';
import { exactInt, readDecimal, readError } from './decimal.ts';
import { type Col, numNode, type NumNode } from './node.ts';

const abs = Math.abs;

function inWindow(ym: number, w: PeriodInfo): boolean {
  return ym >= w.ymStart && ym <= w.ymEnd;
}

/** Report slots of one member's indicator inside the window, in input order. */
function* windowRows(c: Columns, u: number, i: number, w: PeriodInfo): Generator<number> {
  for (let s = firstReport(c, u * c.nInd + i); s !== -1; s = nextRow(c.repNext, s)) if (inWindow(reportMonth(c, s), w)) yield s;
}

/**
 * The slot an indicator's input reads (latest / current), or −1; for `sum`, all slots. By cell the
 * cell's one row or none: `current` takes it even when empty (NaN), as it would an empty row.
 */
function pickRow(c: Columns, u: number, i: number, w: PeriodInfo, kind: 'latest' | 'current'): number {
  if (c.repByCell) {
    const s = u * c.nInd + i;
    const m = reportMonth(c, s);
    return (kind === 'current' ? m === w.ymEnd : inWindow(m, w) && !Number.isNaN(c.repValue[s]!)) ? s : -1;
  }
  let best = -1;
  for (const r of windowRows(c, u, i, w)) {
    if (kind === 'current') {
      if (reportMonth(c, r) === w.ymEnd) return r;
      continue;
    }
    if (!Number.isNaN(c.repValue[r]!) && (best === -1 || reportMonth(c, r) >= reportMonth(c, best))) best = r;
  }
  return best;
}

/** A report slot's exact value (null: empty, or no row): its double when that is an exact integer, else its row's text. */
function exactReport(c: Columns, s: number): Q | null {
  const v = c.repValue[s]!;
  if (Number.isNaN(v)) return null;
  return c.repErr === null || c.repErr[s] === 0 ? new Q(v) : parseDecimal(c.data.reports[reportRow(c, s)]!.value!);
}

/** A target slot's exact value, as `exactReport` (a target is never empty: NaN is no row). */
function exactTarget(c: Columns, s: number): Q | null {
  const v = c.tgtValue[s]!;
  if (Number.isNaN(v)) return null;
  return c.tgtErr === null || c.tgtErr[s] === 0 ? new Q(v) : parseDecimal(c.data.targets[targetRow(c, s)]!.value);
}

/** The reported input of indicator i for each member: sum, latest or current value in the window. */
export function inputNode(c: Columns, members: Int32Array, i: number, kind: 'sum' | 'latest' | 'current', w: PeriodInfo): NumNode {
  const exactAt = (j: number): Value => {
    const u = members[j]!;
    if (kind !== 'sum') {
      const s = pickRow(c, u, i, w, kind);
      return s < 0 ? null : exactReport(c, s);
    }
    let sum: Q | null = null;
    for (const s of windowRows(c, u, i, w)) {
      const x = exactReport(c, s);
      if (x !== null) sum = (sum ?? ZERO).add(x);
    }
    return sum;
  };
  return numNode(() => (kind === 'sum' ? (c.repByCell ? singleRows(c, members, i, w) : sums(c, members, i, w)) : picks(c, members, i, w, kind)), exactAt, {
    columnless: exactAt,
  });
}

/**
 * The `sum` input when reports are laid out by cell: the cell's value where it is in the window,
 * the sum of one row being that row. A straight read per member, no chain to walk.
 */
function singleRows(c: Columns, members: Int32Array, i: number, w: PeriodInfo): Col {
  const n = members.length;
  const v = scratch(n);
  const { repYm, repValue, repErr, nInd } = c;
  // One month for every row: in the window for all rows or for none.
  const allIn = repYm === null && inWindow(c.repMonth, w);
  // Allocated at the first inexact value (as compact() would drop an all-zero column): integer data needs none.
  let e: Float64Array | null = null;
  for (let j = 0; j < n; j++) {
    const s = members[j]! * nInd + i;
    if (repYm === null ? !allIn : !inWindow(repYm[s]!, w)) v[j] = NaN;
    else {
      v[j] = repValue[s]!;
      if (repErr !== null && repErr[s] !== 0) (e ??= column(n))[j] = repErr[s]!;
    }
  }
  return { v, e };
}

/** The `sum` input over each member's chain of rows in the window (NaN when it has no value). */
function sums(c: Columns, members: Int32Array, i: number, w: PeriodInfo): Col {
  const n = members.length;
  const v = scratch(n);
  let e: Float64Array | null = null;
  for (let j = 0; j < n; j++) {
    let s = NaN;
    let err = 0;
    for (let r = firstReport(c, members[j]! * c.nInd + i); r !== -1; r = nextRow(c.repNext, r)) {
      const x = c.repValue[r]!;
      if (!inWindow(reportMonth(c, r), w) || Number.isNaN(x)) continue;
      const ex = c.repErr === null ? 0 : c.repErr[r]!;
      if (Number.isNaN(s)) {
        s = x;
        err = ex;
        continue;
      }
      const t = s + x;
      err = err === 0 && ex === 0 && exactInt(t) ? 0 : err + ex + abs(t) * 2 ** -52;
      s = t;
    }
    v[j] = s;
    if (err !== 0) (e ??= column(n))[j] = err;
  }
  return { v, e };
}

/** The `latest` or `current` input: the value of each member's picked row. */
function picks(c: Columns, members: Int32Array, i: number, w: PeriodInfo, kind: 'latest' | 'current'): Col {
  const n = members.length;
  const v = scratch(n);
  let e: Float64Array | null = null;
  for (let j = 0; j < n; j++) {
    const r = pickRow(c, members[j]!, i, w, kind);
    v[j] = r < 0 ? NaN : c.repValue[r]!;
    if (r >= 0 && c.repErr !== null && c.repErr[r] !== 0) (e ??= column(n))[j] = c.repErr[r]!;
  }
  return { v, e };
}

/** The target slot of a member's cell: this year's, else one without a year; −1 when there is none. */
function targetSlot(c: Columns, cell: number, year: number): number {
  // Without years every target is undated: the cell's first slot is its target (by cell: NaN when none).
  if (c.tgtYear === null) return firstTarget(c, cell);
  if (c.tgtByCell) return c.tgtYear[cell] === year || c.tgtYear[cell] === NO_YEAR ? cell : -1;
  let undated = -1;
  for (let t = headRow(c.tgtHead, cell); t !== -1; t = nextRow(c.tgtNext, t)) {
    if (c.tgtYear[t] === year) return t;
    if (c.tgtYear[t] === NO_YEAR && undated === -1) undated = t;
  }
  return undated;
}

/** Each member's value (and bound) in a table laid out by cell: cell u × stride + k, NaN where it has none. */
function cellColumn(values: Values, errs: Float64Array | null, members: Int32Array, stride: number, k: number): Col {
  const n = members.length;
  const v = scratch(n);
  let e: Float64Array | null = null;
  for (let j = 0; j < n; j++) {
    const s = members[j]! * stride + k;
    v[j] = values[s]!;
    if (errs !== null && errs[s] !== 0) (e ??= column(n))[j] = errs[s]!;
  }
  return { v, e };
}

/** The annual target of indicator i (through its targetOf) for each member. */
export function targetNode(c: Columns, members: Int32Array, targetOf: string, w: PeriodInfo): NumNode {
  const n = members.length;
  const key = c.targetKeys.get(targetOf)!;
  const nKeys = c.targetKeys.size;
  const slotOf = (j: number): number => targetSlot(c, members[j]! * nKeys + key, w.year);
  // Any member's exact target (null: none).
  const exactAt = (j: number): Value => {
    const t = slotOf(j);
    return t < 0 ? null : exactTarget(c, t);
  };
  return numNode(
    () => {
      // By cell and without years (annual targets, the usual data), a member's target is its cell's: a straight gather.
      if (c.tgtByCell && c.tgtYear === null) return cellColumn(c.tgtValue, c.tgtErr, members, nKeys, key);
      const v = scratch(n);
      const { tgtValue, tgtErr } = c;
      // As for inputs: made at the first inexact target only.
      let e: Float64Array | null = null;
      for (let j = 0; j < n; j++) {
        const t = slotOf(j);
        v[j] = t < 0 ? NaN : tgtValue[t]!;
        if (t >= 0 && tgtErr !== null && tgtErr[t] !== 0) (e ??= column(n))[j] = tgtErr[t]!;
      }
      return { v, e };
    },
    exactAt,
    { columnless: exactAt },
  );
}

/** Rationals of the small integers event counts usually are, shared (rationals are never changed). */
const SMALL = Array.from({ length: 16 }, (_, k) => new Q(k));

/** A decimal text exactly: an integer the double holds exactly (error 0) without the big-integer parse; the same rational. */
function exactDecimal(text: string): Q {
  const v = readDecimal(text);
  if (Number.isNaN(v) || readError(v) !== 0) return parseDecimal(text);
  return SMALL[v] ?? new Q(v);
}

/** a + x, without a new rational when a is zero (rationals are never changed, so x itself is the sum). */
function plus(a: Q, x: Q): Q {
  return a === ZERO ? x : a.add(x);
}

/** Per unit (all units): each measure's exact value, and each event code's count, over events in the window. */
export interface EventTotals {
  readonly measures: ReadonlyMap<string, readonly (Q | null)[]>;
  readonly codeCounts: ReadonlyMap<string, readonly Q[]>;
  /** The run's periods without data: period facts for row conditions (inWindow). */
  readonly periods: RunState;
}

/**
 * Computes event measures and adjustment event counts once, exactly: events are few. Measures over
 * projects or reports are left to the group's facts (the exact engine computes them per member).
 */
export function eventTotals(cp: CompiledPack, c: Columns, rt: RunState, p: number): EventTotals {
  const w = rt.periods[p]!;
  const measures = new Map<string, (Q | null)[]>();
  const over = [...cp.measures.values()].filter((m) => m.def.source === 'events');
  for (const m of over) measures.set(m.def.id, new Array<Q | null>(c.n).fill(ZERO));
  const codes = new Set(cp.adjustments.flatMap((a) => a.items.filter((it) => it.count === null).map((it) => it.id)));
  const codeCounts = new Map([...codes].map((code) => [code, new Array<Q>(c.n).fill(ZERO)]));
  for (let u = 0; u < c.n; u++) {
    for (let k = headRow(c.evHead, u); k !== -1; k = nextRow(c.evNext, k)) {
      if (c.evYm[k]! < w.ymStart || c.evYm[k]! > w.ymEnd) continue;
      const e = c.data.events[k]!;
      const row = { unitId: e.unitId, period: e.period, kind: e.kind, code: e.code, note: e.note, count: exactDecimal(e.count) };
      const cc = codeCounts.get(e.code);
      if (cc !== undefined) cc[u] = plus(cc[u]!, row.count);
      for (const m of over) {
        if (m.where !== null && m.where({ rt, p, u, i: -1, row }) !== true) continue;
        const x: Value = m.def.aggregate === 'count' ? ONE : ((row as Record<string, Value>)[m.def.field ?? 'count'] ?? null);
        const col = measures.get(m.def.id)!;
        if (isQ(x)) col[u] = plus(col[u] ?? ZERO, x);
      }
    }
  }
  return { measures, codeCounts, periods: rt };
}
