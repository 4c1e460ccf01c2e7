import type { Dataset, RulePack } from '@kaoping/contracts';
import { matchGroup } from '../evaluate/data-index.ts';
import { periodMonth } from '../evaluate/calendar.ts';
import { readDecimal, readError } from './decimal.ts';

/**
 * The run's data as columns: units are integers, and each table is a few typed arrays with a
 * chain (first row, next row) per unit or per unit × indicator, so nothing is an object per value.
 * Exact values are re-read from the original text only where a decision needs them.
 *
 * Reports and targets are read per cell (unit × indicator for reports, unit × target key for
 * targets) through a slot: when every cell has at most one row (`repByCell`, `tgtByCell`: the usual
 * data, one report and one target per unit and indicator) the slot of a cell is the cell itself and
 * the values are laid out by cell, so a member's value is one read, in unit order; otherwise the
 * slots are rows, chained per cell. Rows of indicators the pack does not have get no slot.
 */
export interface Columns {
  readonly data: Dataset;
  readonly n: number;
  readonly unitGroup: Int32Array;
  readonly groupUnits: readonly Int32Array[];
  /** Indicators of the pack by id (reports are matched to them). */
  readonly nInd: number;
  readonly indicators: ReadonlyMap<string, number>;
  /**
   * Reports laid out by cell (u × nInd + i): `repValue`, `repErr`, `repYm` have one slot per cell,
   * NaN where the cell has no row or its row is empty (the same input either way, see sources.ts).
   * Heads and nexts are then null. Otherwise slots are rows: head per cell, next per row.
   */
  readonly repByCell: boolean;
  readonly repHead: Int32Array | null;
  readonly repNext: Int32Array | null;
  /** Month of each slot; null when every report has the same month, `repMonth` (the usual data: one period). */
  readonly repYm: Int32Array | null;
  readonly repMonth: number;
  readonly repValue: Values;
  /** Error bound of each value as read (0 = exact integer); null when every value is an exact integer. */
  readonly repErr: Float64Array | null;
  /**
   * By cell: the row of each cell whose value is inexact (−1 elsewhere), where its exact text is;
   * null when every value is exact or slots are rows. Made with `repErr`: integer data needs none.
   */
  readonly repRowOf: Int32Array | null;
  /** targets: per target key (the indicators' targetOf), by cell or chained per unit × key as for reports. */
  readonly targetKeys: ReadonlyMap<string, number>;
  readonly tgtByCell: boolean;
  readonly tgtHead: Int32Array | null;
  readonly tgtNext: Int32Array | null;
  /** Year of each target slot (NO_YEAR: none); null when no target has a period, the usual annual targets. */
  readonly tgtYear: Int32Array | null;
  readonly tgtValue: Values;
  readonly tgtErr: Float64Array | null;
  readonly tgtRowOf: Int32Array | null;
  /** events chained per unit, with their months. */
  readonly evHead: Int32Array | null;
  readonly evNext: Int32Array | null;
  readonly evYm: Int32Array;
}

const NO_YEAR = -1;

/**
 * A table's values: 4-byte floats while every value read is one exactly (NaN, integers below 2^24 in
 * magnitude, most halves and quarters), doubles from the first that is not. Reports and targets are
 * mostly such counts and amounts, and they are held for the whole run, a value per unit and indicator
 * (40,000 units: 19 → 9.7 MB). Either reads back the very double that was read from the text.
 */
export type Values = Float64Array | Float32Array;

/** Whether a double is not held exactly by a 4-byte float (NaN is). */
const wide = (v: number): boolean => v === v && Math.fround(v) !== v;

/**
 * Numbers of a table's indicators: `ids[k]` is the text the map gives k for. Rows usually list a
 * unit's indicators in the pack's order, so `indexOf` tries the indicator after the previous row's
 * and then that one again (a string comparison each) before it hashes the text for the map.
 */
class Keys {
  private readonly ids: (string | undefined)[] = [];

  constructor(private readonly map: ReadonlyMap<string, number>) {
    for (const [id, k] of map) this.ids[k] = id;
  }

  indexOf(id: string, prev: number | undefined): number | undefined {
    if (prev !== undefined) {
      if (prev + 1 < this.ids.length && id === this.ids[prev + 1]) return prev + 1;
      if (id === this.ids[prev]) return prev;
    }
    return this.map.get(id);
  }
}

/**
 * Rows chained per cell in input order. Until some cell gets a second row every chain is its head,
 * so the next row of each row (and each cell's tail) is made only then: one typed array filled per
 * row instead of three, for the data that has one report and one target per unit and indicator.
 * While row k is the only row of cell k (a complete table in cell order) no head is made either.
 */
class Chains {
  /** Head row per cell; null while the rows added are rows 0, 1, … of cells 0, 1, … */
  private heads: Int32Array | null = null;
  /** Rows added while `heads` is null. */
  private inOrder = 0;
  next: Int32Array | null = null;
  private tail: Int32Array | null = null;

  constructor(
    private readonly cells: number,
    private readonly rows: number,
  ) {}

  /** Appends row `r` to the chain at `cell`. */
  add(cell: number, r: number): void {
    if (this.heads === null) {
      if (cell === r && r === this.inOrder) {
        this.inOrder++;
        return;
      }
      this.heads = this.madeHeads();
    }
    if (this.heads[cell] === -1) {
      this.heads[cell] = r;
      if (this.tail !== null) this.tail[cell] = r;
    } else this.append(this.heads, cell, r);
  }

  /** The heads (see `Columns`): null when every cell's only row is the row of its number. */
  head(): Int32Array | null {
    return this.heads ?? (this.inOrder === this.cells ? null : this.madeHeads());
  }

  /** The heads of the rows added in order: cell k's row is k, the later cells have none. */
  private madeHeads(): Int32Array {
    const heads = new Int32Array(this.cells).fill(-1);
    for (let k = 0; k < this.inOrder; k++) heads[k] = k;
    return heads;
  }

  private append(heads: Int32Array, cell: number, r: number): void {
    // Until now each chain was its head alone, so the heads are the tails.
    this.tail ??= heads.slice();
    this.next ??= new Int32Array(this.rows).fill(-1);
    this.next[this.tail[cell]!] = r;
    this.tail[cell] = r;
  }
}

/** The first row of a cell's chain, or −1 (`head` null: cell k's only row is row k). */
export function headRow(head: Int32Array | null, cell: number): number {
  return head === null ? cell : head[cell]!;
}

/** The row after `r` in its chain, or −1 (`next` null: every chain has one row). */
export function nextRow(next: Int32Array | null, r: number): number {
  return next === null ? -1 : next[r]!;
}

/** The month of report slot s. */
export function reportMonth(c: Columns, s: number): number {
  return c.repYm === null ? c.repMonth : c.repYm[s]!;
}

/** The first report slot of a cell, or −1; the next is `nextRow(c.repNext, s)`. By cell: the cell (NaN when it has no row). */
export function firstReport(c: Columns, cell: number): number {
  return c.repByCell ? cell : headRow(c.repHead, cell);
}

/** The first target slot of a cell, as `firstReport`. */
export function firstTarget(c: Columns, cell: number): number {
  return c.tgtByCell ? cell : headRow(c.tgtHead, cell);
}

/** The slot of report row r (of unit u), or −1 when its indicator is not the pack's (such rows are not read into columns). */
export function reportSlotOf(c: Columns, r: number, u: number, indicator: string): number {
  const i = c.indicators.get(indicator);
  return i === undefined ? -1 : c.repByCell ? u * c.nInd + i : r;
}

/** The slot of target row t (of unit u), or −1, as `reportSlotOf`. */
export function targetSlotOf(c: Columns, t: number, u: number, indicator: string): number {
  const k = c.targetKeys.get(indicator);
  return k === undefined ? -1 : c.tgtByCell ? u * c.targetKeys.size + k : t;
}

/** The report row of slot s whose value is inexact (its text is the exact value). */
export function reportRow(c: Columns, s: number): number {
  return c.repByCell ? c.repRowOf![s]! : s;
}

/** The target row of slot s whose value is inexact, as `reportRow`. */
export function targetRow(c: Columns, s: number): number {
  return c.tgtByCell ? c.tgtRowOf![s]! : s;
}

/** Rows of a table as placed in cells: by unit and indicator (or target key). */
type CellRows = readonly { readonly unitId: string; readonly indicator: string }[];

/** Calls f(cell, r) for each row before `upto` whose indicator is one of `keys` (rows already read and checked). */
function eachCell(
  rows: CellRows,
  upto: number,
  unitOf: ReadonlyMap<string, number>,
  keys: ReadonlyMap<string, number>,
  nKeys: number,
  f: (cell: number, r: number) => void,
): void {
  for (let r = 0; r < upto; r++) {
    const row = rows[r]!;
    const k = keys.get(row.indicator);
    if (k !== undefined) f(unitOf.get(row.unitId)! * nKeys + k, r);
  }
}

/**
 * A table's values, error bounds and months (or years) by slot: by cell while no cell has a second
 * row, then by row with chains. The switch reads the cells of the rows before it again
 * (`cellsBefore`), once, for data that has several rows per cell.
 */
class Slots {
  byCell = true;
  value: Values;
  err: Float64Array | null = null;
  /** By cell: the row of each cell whose value is inexact (its exact text), made at the first. */
  rowOf: Int32Array | null = null;
  /** Month or year per slot, made at the first that differs from `base` (the first one, unless given). */
  when: Int32Array | null = null;
  /** Whether a cell has a row, while by cell (an empty report is NaN as a missing one is). */
  private has: Uint8Array | null;
  private chains: Chains | null = null;

  constructor(
    private readonly cells: number,
    private readonly rows: number,
    public base: number | undefined,
    private readonly cellsBefore: (upto: number, f: (cell: number, r: number) => void) => void,
  ) {
    this.value = new Float32Array(cells).fill(NaN);
    this.has = new Uint8Array(cells);
  }

  /** Row r of `cell`: its value (NaN: empty), error bound and month or year. */
  add(cell: number, r: number, v: number, err: number, when: number): void {
    if (this.has !== null && this.has[cell] !== 0) this.toRows(r);
    let s = r;
    if (this.has !== null) {
      this.has[cell] = 1;
      s = cell;
    } else this.chains!.add(cell, r);
    if (this.value instanceof Float32Array && wide(v)) this.value = new Float64Array(this.value);
    this.value[s] = v;
    if (err !== 0) {
      (this.err ??= new Float64Array(this.value.length))[s] = err;
      if (this.has !== null) (this.rowOf ??= new Int32Array(this.value.length).fill(-1))[cell] = r;
    }
    this.base ??= when;
    if (when !== this.base) this.when ??= new Int32Array(this.value.length).fill(this.base);
    if (this.when !== null) this.when[s] = when;
  }

  /** Lays the rows before `upto` out by row, chained per cell. */
  private toRows(upto: number): void {
    const chains = new Chains(this.cells, this.rows);
    const [value, err, when] = [this.value, this.err, this.when];
    const rowValue = (value instanceof Float32Array ? new Float32Array(this.rows) : new Float64Array(this.rows)).fill(NaN);
    const rowErr = err === null ? null : new Float64Array(this.rows);
    const rowWhen = when === null ? null : new Int32Array(this.rows).fill(this.base!);
    this.cellsBefore(upto, (cell, r) => {
      chains.add(cell, r);
      rowValue[r] = value[cell]!;
      if (rowErr !== null) rowErr[r] = err![cell]!;
      if (rowWhen !== null) rowWhen[r] = when![cell]!;
    });
    this.byCell = false;
    this.has = null;
    this.rowOf = null;
    this.chains = chains;
    [this.value, this.err, this.when] = [rowValue, rowErr, rowWhen];
  }

  head(): Int32Array | null {
    return this.chains === null ? null : this.chains.head();
  }

  next(): Int32Array | null {
    return this.chains === null ? null : this.chains.next;
  }
}

/** Indexes a dataset into columns; null when anything is wrong with it (the exact index then reports it). */
export function indexColumns(pack: RulePack, data: Dataset): Columns | null {
  const n = data.units.length;
  const unitOf = new Map<string, number>();
  const unitGroup = new Int32Array(n);
  // Group texts repeat: each distinct one is matched against the pack's groups once.
  const groupOf = new Map<string | null, number>();
  for (let u = 0; u < n; u++) {
    const unit = data.units[u]!;
    let g = groupOf.get(unit.group);
    if (g === undefined) {
      g = matchGroup(pack, unit.group);
      groupOf.set(unit.group, g);
    }
    if (g < 0 || unitOf.has(unit.id)) return null;
    unitOf.set(unit.id, u);
    unitGroup[u] = g;
  }
  const counts = pack.groups.map(() => 0);
  for (let u = 0; u < n; u++) counts[unitGroup[u]!]!++;
  const groupUnits = counts.map((c) => new Int32Array(c));
  counts.fill(0);
  for (let u = 0; u < n; u++) {
    const g = unitGroup[u]!;
    groupUnits[g]![counts[g]!++] = u;
  }
  const months = new Map<string, number>();
  const reports = readReports(pack, data.reports, unitOf, months);
  const targets = reports === null ? null : readTargets(pack, data.targets, unitOf);
  const events = targets === null ? null : readEvents(data.events, unitOf, months);
  if (reports === null || targets === null || events === null) return null;
  return { data, n, unitGroup, groupUnits, ...reports, ...targets, ...events };
}

type Rows<K extends keyof Columns> = Pick<Columns, K>;

/**
 * Rows of a table read in input order: the unit through the last id seen (a unit's rows usually
 * follow each other, and equal ids are often the same string), the month through the last period
 * text seen. Plain loops, no closure per row.
 */
function readReports(
  pack: RulePack,
  rows: Dataset['reports'],
  unitOf: ReadonlyMap<string, number>,
  months: Map<string, number>,
): Rows<'nInd' | 'indicators' | 'repByCell' | 'repHead' | 'repNext' | 'repYm' | 'repMonth' | 'repValue' | 'repErr' | 'repRowOf'> | null {
  const n = unitOf.size;
  const indicators = new Map(pack.indicators.map((x, k) => [x.id, k]));
  const indOf = new Keys(indicators);
  const nInd = pack.indicators.length;
  const R = rows.length;
  // Months are made per slot at the first report whose month differs: data of one period needs none.
  const slots = new Slots(n * nInd, R, undefined, (upto, f) => eachCell(rows, upto, unitOf, indicators, nInd, f));
  let lastId: string | null = null;
  let u = -1;
  let lastPeriod: string | null = null;
  let ym = 0;
  let i: number | undefined;
  for (let r = 0; r < R; r++) {
    const row = rows[r]!;
    if (row.unitId !== lastId) {
      const x = unitOf.get(row.unitId);
      if (x === undefined) return null;
      u = x;
      lastId = row.unitId;
    }
    const text = row.value;
    let v = NaN;
    let err = 0;
    if (text !== null) {
      v = readDecimal(text);
      if (Number.isNaN(v)) return null;
      err = readError(v);
    }
    if (row.period !== lastPeriod) {
      lastPeriod = row.period;
      ym = monthOf(months, row.period);
    }
    i = indOf.indexOf(row.indicator, i);
    if (i !== undefined) slots.add(u * nInd + i, r, v, err, ym);
  }
  return {
    nInd,
    indicators,
    repByCell: slots.byCell,
    repHead: slots.head(),
    repNext: slots.next(),
    repYm: slots.when,
    repMonth: slots.base ?? 0,
    repValue: slots.value,
    repErr: slots.err,
    repRowOf: slots.rowOf,
  };
}

function readTargets(
  pack: RulePack,
  rows: Dataset['targets'],
  unitOf: ReadonlyMap<string, number>,
): Rows<'targetKeys' | 'tgtByCell' | 'tgtHead' | 'tgtNext' | 'tgtYear' | 'tgtValue' | 'tgtErr' | 'tgtRowOf'> | null {
  const n = unitOf.size;
  const targetKeys = new Map<string, number>();
  for (const ind of pack.indicators) if (!targetKeys.has(ind.targetOf ?? ind.id)) targetKeys.set(ind.targetOf ?? ind.id, targetKeys.size);
  const T = rows.length;
  const nKeys = targetKeys.size;
  // Years are made per slot at the first target with a period: undated targets need none.
  const slots = new Slots(n * nKeys, T, NO_YEAR, (upto, f) => eachCell(rows, upto, unitOf, targetKeys, nKeys, f));
  let lastId: string | null = null;
  let u = -1;
  const keyOf = new Keys(targetKeys);
  let key: number | undefined;
  for (let t = 0; t < T; t++) {
    const row = rows[t]!;
    if (row.unitId !== lastId) {
      const x = unitOf.get(row.unitId);
      if (x === undefined) return null;
      u = x;
      lastId = row.unitId;
    }
    const v = readDecimal(row.value);
    if (Number.isNaN(v)) return null;
    const err = readError(v);
    key = keyOf.indexOf(row.indicator, key);
    if (key !== undefined) slots.add(u * nKeys + key, t, v, err, row.period === null ? NO_YEAR : Number(row.period.slice(0, 4)));
  }
  return {
    targetKeys,
    tgtByCell: slots.byCell,
    tgtHead: slots.head(),
    tgtNext: slots.next(),
    tgtYear: slots.when,
    tgtValue: slots.value,
    tgtErr: slots.err,
    tgtRowOf: slots.rowOf,
  };
}

function readEvents(rows: Dataset['events'], unitOf: ReadonlyMap<string, number>, months: Map<string, number>): Rows<'evHead' | 'evNext' | 'evYm'> | null {
  const E = rows.length;
  const chains = new Chains(unitOf.size, E);
  const evYm = new Int32Array(E);
  for (let k = 0; k < E; k++) {
    const row = rows[k]!;
    const u = unitOf.get(row.unitId);
    if (u === undefined || Number.isNaN(readDecimal(row.count))) return null;
    evYm[k] = monthOf(months, row.period);
    chains.add(u, k);
  }
  return { evHead: chains.head(), evNext: chains.next, evYm };
}

/** The month number of a period text, read once per distinct text. */
function monthOf(months: Map<string, number>, period: string): number {
  let m = months.get(period);
  if (m === undefined) {
    m = periodMonth(period);
    months.set(period, m);
  }
  return m;
}

export { NO_YEAR };
