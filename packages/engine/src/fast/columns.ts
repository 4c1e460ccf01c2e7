import type { Dataset, RulePack } from '@kaoping/contracts';
import { matchGroup } from '../evaluate/data-index.ts';
import { periodMonth } from '../evaluate/calendar.ts';
import { readDecimal, readError } from './decimal.ts';

/**
 * The run's data as columns: units are integers, and each table is a few typed arrays with a
 * chain (first row, next row) per unit or per unit × indicator, so nothing is an object per value.
 * Exact values are re-read from the original text only where a decision needs them.
 */
export interface Columns {
  readonly data: Dataset;
  readonly n: number;
  readonly unitGroup: Int32Array;
  readonly groupUnits: readonly Int32Array[];
  /** Indicators of the pack by id (reports are matched to them). */
  readonly nInd: number;
  /**
   * reports: head per (unit × indicator), next per row (null when no cell has a second row: the
   * usual data, one report per indicator, needs no chain), month and value per row (NaN = empty).
   * Heads are null (see `headRow`) when row k is the only row of cell k, a complete table in order.
   */
  readonly repHead: Int32Array | null;
  readonly repNext: Int32Array | null;
  /** Month of each row; null when every row has the same month, `repMonth` (the usual data: one period). */
  readonly repYm: Int32Array | null;
  readonly repMonth: number;
  readonly repValue: Float64Array;
  /** Error bound of each value as read (0 = exact integer); null when every value is an exact integer. */
  readonly repErr: Float64Array | null;
  /** targets: per target key (the indicators' targetOf), rows chained per unit (next null as for reports). */
  readonly targetKeys: ReadonlyMap<string, number>;
  readonly tgtHead: Int32Array | null;
  readonly tgtNext: Int32Array | null;
  /** Year of each target row (NO_YEAR: none); null when no target has a period, the usual annual targets. */
  readonly tgtYear: Int32Array | null;
  readonly tgtValue: Float64Array;
  readonly tgtErr: Float64Array | null;
  /** events chained per unit, with their months. */
  readonly evHead: Int32Array | null;
  readonly evNext: Int32Array | null;
  readonly evYm: Int32Array;
}

const NO_YEAR = -1;

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

/** The month of report row r. */
export function reportMonth(c: Columns, r: number): number {
  return c.repYm === null ? c.repMonth : c.repYm[r]!;
}

/** The year of target row t, or NO_YEAR. */
export function targetYear(c: Columns, t: number): number {
  return c.tgtYear === null ? NO_YEAR : c.tgtYear[t]!;
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
): Rows<'nInd' | 'repHead' | 'repNext' | 'repYm' | 'repMonth' | 'repValue' | 'repErr'> | null {
  const n = unitOf.size;
  const indOf = new Keys(new Map(pack.indicators.map((x, k) => [x.id, k])));
  const nInd = pack.indicators.length;
  const R = rows.length;
  const chains = new Chains(n * nInd, R);
  // Made at the first row whose month differs from the first row's: data of one period needs none.
  let repYm: Int32Array | null = null;
  let repMonth = 0;
  const repValue = new Float64Array(R);
  // Allocated at the first value that is not an exact integer: integer data needs none.
  let repErr: Float64Array | null = null;
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
    if (text === null) repValue[r] = NaN;
    else {
      const v = readDecimal(text);
      if (Number.isNaN(v)) return null;
      repValue[r] = v;
      const err = readError(v);
      if (err !== 0) (repErr ??= new Float64Array(R))[r] = err;
    }
    if (row.period !== lastPeriod) {
      lastPeriod = row.period;
      ym = monthOf(months, row.period);
      if (r === 0) repMonth = ym;
      else if (ym !== repMonth) repYm ??= new Int32Array(R).fill(repMonth);
    }
    if (repYm !== null) repYm[r] = ym;
    i = indOf.indexOf(row.indicator, i);
    if (i !== undefined) chains.add(u * nInd + i, r);
  }
  return { nInd, repHead: chains.head(), repNext: chains.next, repYm, repMonth, repValue, repErr };
}

function readTargets(
  pack: RulePack,
  rows: Dataset['targets'],
  unitOf: ReadonlyMap<string, number>,
): Rows<'targetKeys' | 'tgtHead' | 'tgtNext' | 'tgtYear' | 'tgtValue' | 'tgtErr'> | null {
  const n = unitOf.size;
  const targetKeys = new Map<string, number>();
  for (const ind of pack.indicators) if (!targetKeys.has(ind.targetOf ?? ind.id)) targetKeys.set(ind.targetOf ?? ind.id, targetKeys.size);
  const T = rows.length;
  const nKeys = targetKeys.size;
  const chains = new Chains(n * nKeys, T);
  // Made at the first target with a period: undated targets need no year per row.
  let tgtYear: Int32Array | null = null;
  const tgtValue = new Float64Array(T);
  let tgtErr: Float64Array | null = null;
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
    tgtValue[t] = v;
    const err = readError(v);
    if (err !== 0) (tgtErr ??= new Float64Array(T))[t] = err;
    if (row.period !== null) (tgtYear ??= new Int32Array(T).fill(NO_YEAR))[t] = Number(row.period.slice(0, 4));
    key = keyOf.indexOf(row.indicator, key);
    if (key !== undefined) chains.add(u * nKeys + key, t);
  }
  return { targetKeys, tgtHead: chains.head(), tgtNext: chains.next, tgtYear, tgtValue, tgtErr };
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
