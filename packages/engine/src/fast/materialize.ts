import type { Dataset, RunResult } from '@kaoping/contracts';
import { RUN_FORMAT } from '@kaoping/contracts';
import type { CompiledPack } from '../compile/compiled.ts';
import { isQ, roundHalfUp, toExact } from '../exact/q.ts';
import { unitResult } from '../evaluate/stages/result.ts';
import type { PeriodInfo } from '../evaluate/calendar.ts';
import { type DataIndex, indexData } from '../evaluate/data-index.ts';
import { factJson, plain } from '../evaluate/format.ts';
import type { RankInfo } from '../evaluate/ranking.ts';
import { RunState } from '../evaluate/run-state.ts';
import { explainUnit } from '../trace/explain-unit.ts';
import { buildProjects } from '../project/build-projects.ts';
import { explainProjects } from '../project/explain-projects.ts';
import { fastListEntries } from './list-entries.ts';
import type { FastGroup } from './fast-groups.ts';
import { Fields, LazyArray, LazyRecord, resolve } from './stream-result.ts';

/** The exact engine's run state, with the ranks of the last period taken from the fast path. */
class PinnedRanks extends RunState {
  private readonly pinned = new Map<number, RankInfo>();

  constructor(cp: CompiledPack, data: DataIndex, periods: readonly PeriodInfo[], groups: readonly FastGroup[]) {
    super(cp, data, periods);
    const p = periods.length - 1;
    for (const g of groups) {
      g.members.forEach((u, j) => {
        const ranked = g.rank[j]! > 0;
        const keysOf = () => this.keysOf(p, u);
        this.pinned.set(u, {
          rank: ranked ? g.rank[j]! : null, below: ranked ? g.below[j]! : null, above: ranked ? g.rank[j]! - 1 : null, ranked: g.ranked,
          get keys() { return keysOf(); },
        });
      });
    }
  }

  private keysOf(p: number, u: number) {
    return this.cp.ranking.keys.map((k) => {
      const v = k.get.get(this.ctx(p, u));
      return k.round !== null && isQ(v) ? roundHalfUp(v, k.round) : v;
    });
  }

  override rankInfo(p: number, u: number): RankInfo {
    return p === this.periods.length - 1 ? (this.pinned.get(u) as RankInfo) : super.rankInfo(p, u);
  }
}

/** The exact run state behind a fast run's numbers and explanations, with the fast path's ranks. */
export function pinnedState(cp: CompiledPack, data: Dataset, periods: readonly PeriodInfo[], groups: readonly FastGroup[], index?: DataIndex): RunState {
  return new PinnedRanks(cp, index ?? indexData(cp.pack, data), periods, groups);
}

/**
 * The `kaoping.run/1` result of a fast run as a lazy shape: ranks and lists from the fast path,
 * every number and explanation from the exact engine, computed unit by unit as the shape is read.
 */
export function resultShape(rt: RunState, asOf: string, groups: readonly FastGroup[], trace: boolean): Fields {
  const { cp, periods } = rt;
  const p = periods.length - 1;
  const period = periods[p]!;
  const fields: Record<string, unknown> = {
    format: RUN_FORMAT,
    pack: { id: cp.pack.id, name: cp.pack.name, version: cp.pack.version ?? null },
    asOf,
    period: { id: period.id, label: period.label, start: period.start, end: period.end, asOf: period.asOf, timeProgress: toExact(period.timeProgress) },
    indicators: cp.pack.indicators.map((i) => ({ id: i.id, name: i.name, unit: i.unit ?? null })),
    lists: cp.lists.map((l) => ({ id: l.id, name: l.name, amountUnit: l.amountUnit, reasons: Object.fromEntries(l.rules.map((r) => [r.reason, r.label ?? r.reason])) })),
    groups: new LazyArray(cp.pack.groups.length, (g) => {
      const group = cp.pack.groups[g]!;
      const fg = groups[g]!;
      const entries = Object.fromEntries(fg.lists.map((l, k) => [l.id, fastListEntries(rt, p, fg.members, l, k)]));
      return new Fields({
        id: group.id, name: group.name,
        indicators: (cp.groupIndicators[g] ?? []).map((i) => ({ id: cp.indicators[i]?.id ?? '', name: cp.indicators[i]?.name ?? '', weight: plain(cp.weights[g]?.[i] ?? null) ?? '' })),
        units: new LazyArray(fg.order.length, (k) => unitResult(rt, p, fg.members[fg.order[k]!]!)),
        lists: Object.fromEntries(Object.entries(entries).map(([k, es]) => [k, es.map((e) => e.unitId)])),
        listEntries: entries,
      });
    }),
  };
  if (cp.params.size > 0) fields['parameters'] = Object.fromEntries([...cp.params].map(([k, v]) => [k, factJson(v)]));
  if (cp.projectRules.present) fields['projects'] = buildProjects(rt, p);
  if (trace) {
    // Object.fromEntries keeps the last unit of an id: so does the trace.
    const last = new Map(rt.data.units.map((unit, u) => [unit.id, u]));
    fields['trace'] = new LazyRecord(rt.data.units.map((unit) => unit.id), (key) => {
      const u = last.get(key)!;
      return [...explainUnit(rt, p, u), ...explainProjects(rt, p, u)];
    });
  }
  return new Fields(fields);
}

/** The `kaoping.run/1` result of a fast run, whole. */
export function materialize(rt: RunState, asOf: string, groups: readonly FastGroup[], trace: boolean): RunResult {
  return resolve(resultShape(rt, asOf, groups, trace)) as RunResult;
}
