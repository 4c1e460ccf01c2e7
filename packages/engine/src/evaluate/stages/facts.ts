import { Q } from '../../exact/q.ts';
import type { Value } from '../../formula/ast.ts';
import type { PeriodInfo } from '../calendar.ts';
import { adjustment, indicatorInput, measure, target } from '../sources.ts';
import type { Run } from './run.ts';

/**
 * Stage 1, facts: what the data and the calendar say, before any formula of the pack. Period facts,
 * a unit's own facts, measures and adjustments, and each indicator's input, target and weight.
 */

/** Marks a name that is not a fact of this stage. */
export const NOT_A_FACT = Symbol('not a fact');

/** The facts of one period, read by formulas of every unit and indicator. */
export function periodFacts(per: PeriodInfo, p: number): Readonly<Record<string, Value>> {
  const endMonth = Number(per.end.slice(5, 7));
  return {
    asOf: per.asOf,
    year: new Q(per.year),
    month: new Q(per.month),
    quarter: new Q(per.quarter),
    timeProgress: per.timeProgress,
    daysElapsed: new Q(per.daysElapsed),
    daysInYear: new Q(per.daysInYear),
    isQuarterEnd: endMonth % 3 === 0,
    isYearEnd: endMonth === 12,
    periodId: per.id,
    periodIndex: new Q(p),
    windowStart: per.windowStart,
  };
}

/** A unit fact from the data: its id, name and group, a measure or an adjustment (`<id>Raw`: before the cap). */
export function unitDataFact(rt: Run, p: number, u: number, name: string): Value | typeof NOT_A_FACT {
  const m = rt.cp.measures.get(name);
  if (m !== undefined) return measure(rt, m, p, u);
  const adj = rt.cp.adjustments.find((a) => a.id === name || `${a.id}Raw` === name);
  if (adj !== undefined) return adjustment(rt, adj, p, u, name !== adj.id);
  const unit = rt.data.units[u];
  switch (name) {
    case 'unitId':
      return unit?.id ?? null;
    case 'unitName':
      return unit?.name ?? null;
    case 'groupId':
      return rt.cp.pack.groups[rt.groupOf(u)]?.id ?? null;
    case 'groupSize':
      return new Q(rt.groupMembers(u).length);
    default:
      return NOT_A_FACT;
  }
}

/** An indicator fact from the pack and the data: id, name, reported input, target, weight, membership. */
export function indicatorDataFact(rt: Run, p: number, u: number, i: number, name: string): Value | typeof NOT_A_FACT {
  const ind = rt.cp.indicators[i];
  if (ind === undefined) return null;
  const weight = rt.cp.weights[rt.groupOf(u)]?.[i] ?? null;
  switch (name) {
    case 'id':
      return ind.id;
    case 'name':
      return ind.name;
    case 'input':
      return indicatorInput(rt, ind, p, u);
    case 'target':
      return target(rt, ind, p, u);
    case 'weight':
      return weight;
    case 'inGroup':
      return weight !== null;
    default:
      return NOT_A_FACT;
  }
}
