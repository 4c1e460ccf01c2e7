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
  /** reports: head per (unit × indicator), next per row, month and value per row (NaN = empty). */
  readonly repHead: Int32Array;
  readonly repNext: Int32Array;
  readonly repYm: Int32Array;
  readonly repValue: Float64Array;
  /** Error bound of each value as read (0 = exact integer). */
  readonly repErr: Float64Array;
  /** targets: per target key (the indicators' targetOf), rows chained per unit. */
  readonly targetKeys: ReadonlyMap<string, number>;
  readonly tgtHead: Int32Array;
  readonly tgtNext: Int32Array;
  readonly tgtYear: Int32Array;
  readonly tgtValue: Float64Array;
  readonly tgtErr: Float64Array;
  /** events chained per unit, with their months. */
  readonly evHead: Int32Array;
  readonly evNext: Int32Array;
  readonly evYm: Int32Array;
}

const NO_YEAR = -1;

/** Appends row `r` to the chain at `cell`, keeping input order. */
function chain(head: Int32Array, tail: Int32Array, next: Int32Array, cell: number, r: number): void {
  if (head[cell] === -1) head[cell] = r;
  else next[tail[cell]!] = r;
  tail[cell] = r;
}

/** Month numbers of period texts, read once per distinct text (rows of a period usually follow each other). */
function monthsOf(): (period: string) => number {
  const seen = new Map<string, number>();
  let last: string | null = null;
  let lastMonth = 0;
  return (period) => {
    if (period === last) return lastMonth;
    let m = seen.get(period);
    if (m === undefined) { m = periodMonth(period); seen.set(period, m); }
    last = period;
    lastMonth = m;
    return m;
  };
}

/** Unit numbers by id; rows of a unit usually follow each other, so the last id is checked first. */
function unitsOf(unitOf: ReadonlyMap<string, number>): (id: string) => number | undefined {
  let last: string | null = null;
  let lastUnit: number | undefined;
  return (id) => {
    if (id !== last) { last = id; lastUnit = unitOf.get(id); }
    return lastUnit;
  };
}

/** Indexes a dataset into columns; null when anything is wrong with it (the exact index then reports it). */
export function indexColumns(pack: RulePack, data: Dataset): Columns | null {
  const n = data.units.length;
  const unitOf = new Map<string, number>();
  const unitGroup = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    const unit = data.units[u]!;
    const g = matchGroup(pack, unit.group);
    if (g < 0 || unitOf.has(unit.id)) return null;
    unitOf.set(unit.id, u);
    unitGroup[u] = g;
  }
  const counts = pack.groups.map(() => 0);
  for (let u = 0; u < n; u++) counts[unitGroup[u]!]!++;
  const groupUnits = counts.map((c) => new Int32Array(c));
  counts.fill(0);
  for (let u = 0; u < n; u++) { const g = unitGroup[u]!; groupUnits[g]![counts[g]!++] = u; }

  const month = monthsOf();
  const unitAt = unitsOf(unitOf);
  const indOf = new Map(pack.indicators.map((x, k) => [x.id, k]));
  const nInd = pack.indicators.length;
  const R = data.reports.length;
  const repHead = new Int32Array(n * nInd).fill(-1);
  const repTail = new Int32Array(n * nInd);
  const repNext = new Int32Array(R).fill(-1);
  const repYm = new Int32Array(R);
  const repValue = new Float64Array(R);
  const repErr = new Float64Array(R);
  for (let r = 0; r < R; r++) {
    const row = data.reports[r]!;
    const u = unitAt(row.unitId);
    if (u === undefined) return null;
    const v = row.value === null ? NaN : readDecimal(row.value);
    if (row.value !== null && Number.isNaN(v)) return null;
    repValue[r] = v;
    repErr[r] = row.value === null ? 0 : readError(v);
    repYm[r] = month(row.period);
    const i = indOf.get(row.indicator);
    if (i !== undefined) chain(repHead, repTail, repNext, u * nInd + i, r);
  }

  const targetKeys = new Map<string, number>();
  for (const ind of pack.indicators) if (!targetKeys.has(ind.targetOf ?? ind.id)) targetKeys.set(ind.targetOf ?? ind.id, targetKeys.size);
  const T = data.targets.length;
  const nKeys = targetKeys.size;
  const tgtHead = new Int32Array(n * nKeys).fill(-1);
  const tgtTail = new Int32Array(n * nKeys);
  const tgtNext = new Int32Array(T).fill(-1);
  const tgtYear = new Int32Array(T);
  const tgtValue = new Float64Array(T);
  const tgtErr = new Float64Array(T);
  for (let t = 0; t < T; t++) {
    const row = data.targets[t]!;
    const u = unitAt(row.unitId);
    const v = readDecimal(row.value);
    if (u === undefined || Number.isNaN(v)) return null;
    tgtValue[t] = v;
    tgtErr[t] = readError(v);
    tgtYear[t] = row.period === null ? NO_YEAR : Number(row.period.slice(0, 4));
    const key = targetKeys.get(row.indicator);
    if (key !== undefined) chain(tgtHead, tgtTail, tgtNext, u * nKeys + key, t);
  }

  const E = data.events.length;
  const evHead = new Int32Array(n).fill(-1);
  const evTail = new Int32Array(n);
  const evNext = new Int32Array(E).fill(-1);
  const evYm = new Int32Array(E);
  for (let k = 0; k < E; k++) {
    const row = data.events[k]!;
    const u = unitAt(row.unitId);
    if (u === undefined || Number.isNaN(readDecimal(row.count))) return null;
    evYm[k] = month(row.period);
    chain(evHead, evTail, evNext, u, k);
  }
  return { data, n, unitGroup, groupUnits, nInd, repHead, repNext, repYm, repValue, repErr, targetKeys, tgtHead, tgtNext, tgtYear, tgtValue, tgtErr, evHead, evNext, evYm };
}

export { NO_YEAR };
