import type { Dataset, RunResult } from '@kaoping/contracts';
import { RUN_FORMAT } from '@kaoping/contracts';
import type { CompiledPack } from '../compile/compiled.ts';
import { isQ, roundHalfUp, toExact } from '../exact/q.ts';
import { unitResult } from '../evaluate/build-result.ts';
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
 * Writes the `kaoping.run/1` result of a fast run: ranks and lists from the fast path, every
 * number and explanation from the exact engine, unit by unit.
 */
export function materialize(rt: RunState, asOf: string, groups: readonly FastGroup[], trace: boolean): RunResult {
  const { cp, periods } = rt;
  const p = periods.length - 1;
  const period = periods[p]!;
  const result: RunResult = {
    format: RUN_FORMAT,
    pack: { id: cp.pack.id, name: cp.pack.name, version: cp.pack.version ?? null },
    asOf,
    period: { id: period.id, label: period.label, start: period.start, end: period.end, asOf: period.asOf, timeProgress: toExact(period.timeProgress) },
    indicators: cp.pack.indicators.map((i) => ({ id: i.id, name: i.name, unit: i.unit ?? null })),
    lists: cp.lists.map((l) => ({ id: l.id, name: l.name, amountUnit: l.amountUnit, reasons: Object.fromEntries(l.rules.map((r) => [r.reason, r.label ?? r.reason])) })),
    groups: cp.pack.groups.map((group, g) => {
      const fg = groups[g]!;
      const entries = Object.fromEntries(fg.lists.map((l, k) => [l.id, fastListEntries(rt, p, fg.members, l, k)]));
      return {
        id: group.id, name: group.name,
        indicators: (cp.groupIndicators[g] ?? []).map((i) => ({ id: cp.indicators[i]?.id ?? '', name: cp.indicators[i]?.name ?? '', weight: plain(cp.weights[g]?.[i] ?? null) ?? '' })),
        units: Array.from(fg.order, (j) => unitResult(rt, p, fg.members[j]!)),
        lists: Object.fromEntries(Object.entries(entries).map(([k, es]) => [k, es.map((e) => e.unitId)])),
        listEntries: entries,
      };
    }),
  };
  if (cp.params.size > 0) result.parameters = Object.fromEntries([...cp.params].map(([k, v]) => [k, factJson(v)]));
  if (cp.projectRules.present) result.projects = buildProjects(rt, p);
  if (trace) result.trace = Object.fromEntries(rt.data.units.map((unit, u) => [unit.id, [...explainUnit(rt, p, u), ...explainProjects(rt, p, u)]]));
  return result;
}
