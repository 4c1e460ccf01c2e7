import type { CompiledAdjustment, CompiledIndicator, CompiledMeasure } from '../compile/compiled.ts';
import { isQ, type Q, ZERO } from '../exact/q.ts';
import type { Value } from '../formula/ast.ts';
import type { Ctx, Row, Runtime } from '../formula/runtime.ts';
import type { PeriodInfo } from './calendar.ts';
import type { DataIndex } from './data-index.ts';

/** What made up a measure or an adjustment, kept for the trace. */
export interface Detail {
  readonly items: readonly { id: string; count: Q; points?: Q }[];
}

/** What the data sources read of a run (a `RunState`): its data and periods, a formula context, and where details go. */
export interface SourceState extends Runtime {
  readonly data: DataIndex;
  readonly periods: readonly PeriodInfo[];
  readonly details: Map<string, Detail>;
  ctx(p: number, u: number): Ctx;
}

function windowOf(rt: SourceState, p: number): PeriodInfo {
  return rt.periods[p] as PeriodInfo;
}

/** Rows of a measure's source that lie in the window (projects: all; their dates are tested by conditions). */
function sourceRows(rt: SourceState, source: CompiledMeasure['def']['source'], p: number, u: number): { id: string; row: Row }[] {
  const w = windowOf(rt, p);
  if (source === 'projects') return (rt.data.projects[u] ?? []).map((row) => ({ id: String(row['id']), row }));
  if (source === 'events') {
    return (rt.data.events[u] ?? [])
      .filter((e) => e.ym >= w.ymStart && e.ym <= w.ymEnd)
      .map((e) => ({ id: `${String(e.row['code'])}@${String(e.row['period'])}`, row: e.row }));
  }
  const out: { id: string; row: Row }[] = [];
  for (const [indicator, list] of rt.data.reports[u] ?? []) {
    for (const r of list)
      if (r.ym >= w.ymStart && r.ym <= w.ymEnd)
        out.push({ id: `${indicator}@${r.period}`, row: { unitId: rt.data.units[u]?.id ?? null, indicator, period: r.period, value: r.value } });
  }
  return out;
}

/** count or sum of the rows that satisfy the measure's condition. */
export function measure(rt: SourceState, m: CompiledMeasure, p: number, u: number): Value {
  const field = m.def.field ?? (m.def.source === 'events' ? 'count' : 'value');
  let total = ZERO;
  const items: { id: string; count: Q }[] = [];
  for (const { id, row } of sourceRows(rt, m.def.source, p, u)) {
    const ctx = { rt, p, u, i: -1, row };
    if (m.where !== null && m.where(ctx) !== true) continue;
    const v = m.def.aggregate === 'count' ? ZERO.add(1) : m.value !== null ? m.value(ctx) : (row[field] ?? null);
    if (!isQ(v)) continue;
    total = total.add(v);
    items.push({ id, count: v });
  }
  rt.details.set(`${p}|${u}|${m.def.id}`, { items });
  return total;
}

/** Σ event counts with this code in the window (the default count of an adjustment item). */
function eventCount(rt: SourceState, code: string, p: number, u: number): Q {
  const w = windowOf(rt, p);
  return (rt.data.events[u] ?? [])
    .filter((e) => e.ym >= w.ymStart && e.ym <= w.ymEnd && e.row['code'] === code)
    .reduce((s, e) => (isQ(e.row['count']) ? s.add(e.row['count']) : s), ZERO);
}

/** Σ points × count over the items; capped unless `raw`. */
export function adjustment(rt: SourceState, a: CompiledAdjustment, p: number, u: number, raw: boolean): Value {
  let total = ZERO;
  const items: { id: string; count: Q; points: Q }[] = [];
  for (const it of a.items) {
    const c = it.count === null ? eventCount(rt, it.id, p, u) : it.count.get(rt.ctx(p, u));
    if (!isQ(c) || c.equals(ZERO)) continue;
    total = total.add(c.mul(it.points));
    items.push({ id: it.id, count: c, points: it.points });
  }
  rt.details.set(`${p}|${u}|${a.id}`, { items });
  if (raw || a.cap === null) return total;
  return total.compare(a.cap) > 0 ? a.cap : total;
}

/** The indicator's reported value in the window: a sum, the latest value, or this period's value. */
export function indicatorInput(rt: SourceState, ind: CompiledIndicator, p: number, u: number): Value {
  if (ind.input === null) return null;
  const w = windowOf(rt, p);
  const rows = (rt.data.reports[u]?.get(ind.id) ?? []).filter((r) => r.ym >= w.ymStart && r.ym <= w.ymEnd);
  if (ind.input === 'current') return rows.find((r) => r.ym === w.ymEnd)?.value ?? null;
  const values = rows.map((r) => r.value).filter(isQ);
  if (values.length === 0) return null;
  return ind.input === 'latest' ? (values[values.length - 1] as Q) : values.reduce((s, v) => s.add(v), ZERO);
}

/** The annual target: a row for this year if there is one, else a row without a year. */
export function target(rt: SourceState, ind: CompiledIndicator, p: number, u: number): Value {
  const rows = rt.data.targets[u]?.get(ind.targetOf) ?? [];
  const year = windowOf(rt, p).year;
  return (rows.find((t) => t.year === year) ?? rows.find((t) => t.year === null))?.value ?? null;
}
