import type { Dataset, RunResult } from '@kaoping/contracts';
import { RUN_FORMAT } from '@kaoping/contracts';
import type { CompiledPack } from '../compile/compiled.ts';
import { toExact } from '../exact/q.ts';
import { unitResult } from '../evaluate/stages/result.ts';
import type { PeriodInfo } from '../evaluate/calendar.ts';
import type { DataIndex } from '../evaluate/data-index.ts';
import { factJson, plain } from '../evaluate/format.ts';
import type { RunState } from '../evaluate/run-state.ts';
import { explainUnit } from '../trace/explain-unit.ts';
import { buildProjects } from '../project/build-projects.ts';
import { explainProjects } from '../project/explain-projects.ts';
import { fastListEntries } from './list-entries.ts';
import type { FastGroup } from './fast-groups.ts';
import { Fields, LazyArray, LazyRecord, resolve, Written } from './stream-result.ts';
import { unitJson } from './unit-json.ts';
import type { Columns } from './columns.ts';
import { blockView, lazyIndexOf } from './lazy-index.ts';
import { blockStates, rankBook, SharedMemo, StreamState } from './stream-state.ts';
import { GroupSeeds } from './group-seeds.ts';
import { forgetFree } from './pool.ts';
import type { EventTotals } from './sources.ts';

/** How a fast run reaches the exact engine: its index, and states that hold a block of units each. */
export interface ExactSide {
  readonly cp: CompiledPack;
  readonly periods: readonly PeriodInfo[];
  readonly data: DataIndex;
  /** A fresh state for a few units (its memo is dropped with it). */
  fresh(): RunState;
  /** A fresh state for code that walks every unit (the projects' outcomes). */
  whole(): RunState;
  /** For one pass over units: the state for the k-th unit read (a new one every block of units). */
  pass(): (u: number, k: number) => RunState;
  /** From now on states take the facts group g's columns hold exactly instead of computing them (null: none). */
  seed(g: number | null): void;
  /** The seeded group's unit at place k of its result is being written (its neighbours are read next). */
  writing(k: number): void;
}

/** The exact side of a fast run over a lazily converted index, with the fast path's ranks. */
export function exactSide(
  cp: CompiledPack,
  data: Dataset,
  cols: Columns,
  periods: readonly PeriodInfo[],
  groups: readonly FastGroup[],
  events: EventTotals,
): ExactSide {
  const index = lazyIndexOf(cp.pack, data, cols);
  const book = rankBook(groups, cols.unitGroup);
  const shared = new SharedMemo();
  const view = blockView(index);
  const fresh = () => new StreamState(cp, view, periods, book, shared);
  const p = periods.length - 1;
  const seed = (g: number | null) => {
    shared.seeds?.release();
    shared.seeds = g === null ? null : new GroupSeeds(cp, cols, g, periods[p]!, p, events, book);
  };
  const writing = (k: number) => shared.seeds?.writing(k);
  return { cp, periods, data: index, fresh, whole: () => new StreamState(cp, index, periods, book, shared), pass: () => blockStates(fresh), seed, writing };
}

/**
 * Computes the unit's measures and adjustments, whose rows the trace names from the state's details:
 * the exact engine has computed them for every unit (its result) before it writes the trace.
 */
export function withDetails(rt: RunState, p: number, u: number): void {
  for (const id of rt.cp.measures.keys()) rt.unitFact(p, u, id);
  for (const a of rt.cp.adjustments) rt.unitFact(p, u, `${a.id}Raw`);
}

/**
 * `x`, once the seeds of the group are dropped when `ex` is given (its last unit is written). After
 * the last group the pool's free columns are forgotten too: the seeds reuse those left from deciding,
 * a group's worth (about 90 MB at 40,000 units), which nothing needs once every group is written.
 */
function after<T>(x: T, ex: ExactSide | false, lastGroup: boolean): T {
  if (ex !== false) ex.seed(null);
  if (ex !== false && lastGroup) forgetFree();
  return x;
}

/**
 * The `kaoping.run/1` result of a fast run as a lazy shape: ranks and lists from the fast path,
 * every number and explanation from the exact engine, computed unit by unit as the shape is read.
 */
export function resultShape(ex: ExactSide, asOf: string, groups: readonly FastGroup[], trace: boolean): Fields {
  const { cp, periods } = ex;
  const p = periods.length - 1;
  const period = periods[p]!;
  const fields: Record<string, unknown> = {
    format: RUN_FORMAT,
    pack: { id: cp.pack.id, name: cp.pack.name, version: cp.pack.version ?? null },
    asOf,
    period: { id: period.id, label: period.label, start: period.start, end: period.end, asOf: period.asOf, timeProgress: toExact(period.timeProgress) },
    indicators: cp.pack.indicators.map((i) => ({ id: i.id, name: i.name, unit: i.unit ?? null })),
    lists: cp.lists.map((l) => ({
      id: l.id,
      name: l.name,
      amountUnit: l.amountUnit,
      reasons: Object.fromEntries(l.rules.map((r) => [r.reason, r.label ?? r.reason])),
    })),
    groups: new LazyArray(cp.pack.groups.length, (g) => {
      const group = cp.pack.groups[g]!;
      const fg = groups[g]!;
      // Groups are written one after the other: the previous group's columns are given back.
      ex.seed(g);
      const rt = ex.fresh();
      const entries = Object.fromEntries(fg.lists.map((l, k) => [l.id, fastListEntries(rt, p, fg.members, l, k)]));
      const at = ex.pass();
      return new Fields({
        id: group.id,
        name: group.name,
        indicators: (cp.groupIndicators[g] ?? []).map((i) => ({
          id: cp.indicators[i]?.id ?? '',
          name: cp.indicators[i]?.name ?? '',
          weight: plain(cp.weights[g]?.[i] ?? null) ?? '',
        })),
        units: new LazyArray(fg.order.length, (k) => {
          const u = fg.members[fg.order[k]!]!;
          ex.writing(k);
          const rt = at(u, k);
          // After the group's last unit its columns are given back.
          const last = k === fg.order.length - 1;
          const lastGroup = g === groups.length - 1;
          return new Written(
            () => after(unitResult(rt, p, u), last && ex, lastGroup),
            () => after(unitJson(rt, p, u), last && ex, lastGroup),
          );
        }),
        lists: Object.fromEntries(Object.entries(entries).map(([k, es]) => [k, es.map((e) => e.unitId)])),
        listEntries: entries,
      });
    }),
  };
  if (cp.params.size > 0) fields['parameters'] = Object.fromEntries([...cp.params].map(([k, v]) => [k, factJson(v)]));
  if (cp.projectRules.present) fields['projects'] = buildProjects(ex.whole(), p);
  if (trace) {
    // Object.fromEntries keeps the last unit of an id: so does the trace.
    const units = ex.data.units;
    const last = new Map(units.map((unit, u) => [unit.id, u]));
    let k = 0;
    const at = ex.pass();
    fields['trace'] = new LazyRecord(
      units.map((unit) => unit.id),
      (key) => {
        const u = last.get(key)!;
        const rt = at(u, k++);
        withDetails(rt, p, u);
        return [...explainUnit(rt, p, u), ...explainProjects(rt, p, u)];
      },
    );
  }
  return new Fields(fields);
}

/** The `kaoping.run/1` result of a fast run, whole. */
export function materialize(ex: ExactSide, asOf: string, groups: readonly FastGroup[], trace: boolean): RunResult {
  return resolve(resultShape(ex, asOf, groups, trace)) as RunResult;
}
