import type { GroupResult, IndicatorResult, LightId, UnitResult } from '@kaoping/contracts';
import { isQ } from '../../exact/q.ts';
import type { Value } from '../../formula/ast.ts';
import { exact, factJson, plain, plainOf, rounded } from '../format.ts';
import { listEntries } from './outcomes.ts';
import type { Run } from './run.ts';

/**
 * Stage 5, result: the `kaoping.run/1` groups, written from the earlier stages' values. Units in
 * ranking order with every number, and the outcome lists as decided by the outcomes stage.
 */

function asLight(v: unknown): LightId | null {
  return v === 'green' || v === 'yellow' || v === 'red' ? v : null;
}

const NO_LIGHT = { light: null, lightBase: null, lightReason: null } as const;

/** One indicator's numbers: each exact text is computed once and the display text derived from it. */
function indicatorResult(rt: Run, p: number, u: number, i: number): IndicatorResult {
  const dp = rt.cp.pack.rounding.decimals;
  const f = (name: string) => rt.indFact(p, u, i, name);
  const ind = rt.cp.indicators[i];
  const [actual, target, plan, completion, score, input] = [f('actual'), f('target'), f('plan'), f('completion'), f('score'), f('input')];
  const ex = { actual: exact(actual), target: exact(target), plan: exact(plan), completion: exact(completion), score: exact(score), input: exact(input) };
  const show = (v: Value, e: string | null): string | null => (isQ(v) && e !== null ? plainOf(v, e) : null);
  const done = f('done');
  const lights =
    ind?.light === null
      ? NO_LIGHT
      : { light: asLight(f('light')), lightBase: asLight(f('lightBase')), lightReason: (f('lightReason') as string | null) ?? null };
  return {
    actual: show(actual, ex.actual),
    target: show(target, ex.target),
    weight: plain(f('weight')),
    applicable: f('applicable') === true,
    plan: show(plan, ex.plan),
    completion: show(completion, ex.completion),
    score: rounded(score, dp),
    done: typeof done === 'boolean' ? done : null,
    ...lights,
    facts: Object.fromEntries((ind?.customFacts ?? []).map((n) => [n, factJson(f(n))])),
    exact: ex,
  };
}

function detailOf(rt: Run, p: number, u: number, id: string) {
  return rt.details.get(`${p}|${u}|${id}`)?.items ?? [];
}

export function unitResult(rt: Run, p: number, u: number): UnitResult {
  const { cp } = rt;
  const dp = cp.pack.rounding.decimals;
  const f = (name: string) => rt.unitFact(p, u, name);
  const info = rt.rankInfo(p, u);
  const unit = rt.data.units[u];
  return {
    unitId: unit?.id ?? '',
    name: unit?.name ?? '',
    rank: info.rank,
    unitsRankedBelow: info.below,
    // 位次变化 comes from this: the previous period ranked on its own data, as prev(rank) sees it.
    ...(p > 0 && cp.pack.ranking !== undefined ? { previousRank: rt.rankInfo(p - 1, u).rank } : {}),
    total: rounded(f('total'), dp),
    base: rounded(f('base'), dp),
    bonus: rounded(f('bonusTotal'), dp),
    deduction: rounded(f('deductionTotal'), dp),
    vetoed: f('vetoed') === true,
    light: asLight(f('light')),
    indicators: Object.fromEntries(rt.groupIndicators(u).map((i) => [cp.indicators[i]?.id ?? '', indicatorResult(rt, p, u, i)])),
    adjustments: Object.fromEntries(
      cp.adjustments.map((a) => [
        a.id,
        {
          raw: exact(f(`${a.id}Raw`)) ?? '0',
          value: rounded(f(a.id), dp) ?? '',
          items: detailOf(rt, p, u, a.id).map((x) => ({ id: x.id, count: exact(x.count) ?? '', points: exact(x.points ?? null) ?? '' })),
        },
      ]),
    ),
    facts: Object.fromEntries((cp.pack.facts ?? []).map((x) => [x.id, factJson(f(x.id), x.round)])),
    measures: Object.fromEntries(
      [...cp.measures.keys()].map((id) => [
        id,
        {
          value: exact(f(id)) ?? '0',
          items: detailOf(rt, p, u, id).map((x) => x.id),
        },
      ]),
    ),
    exact: Object.fromEntries(['total', 'base', 'bonusTotal', 'deductionTotal'].map((n) => [n, exact(f(n))])),
  };
}

/** Ranked units by rank then id, then the unranked by id. */
function orderUnits(rt: Run, p: number, members: readonly number[]): number[] {
  const id = (u: number) => rt.data.units[u]?.id ?? '';
  return [...members].sort((a, b) => {
    const ra = rt.rankInfo(p, a).rank;
    const rb = rt.rankInfo(p, b).rank;
    if (ra === null || rb === null) return ra === rb ? (id(a) < id(b) ? -1 : 1) : ra === null ? 1 : -1;
    return ra - rb || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);
  });
}

/** Per group: units in ranking order with every number, and the outcome lists. */
export function buildGroups(rt: Run, p: number): GroupResult[] {
  return rt.cp.pack.groups.map((group, g) => {
    const order = orderUnits(rt, p, rt.data.groupUnits[g] ?? []);
    const entries = listEntries(rt, p, order);
    return {
      id: group.id,
      name: group.name,
      indicators: (rt.cp.groupIndicators[g] ?? []).map((i) => ({
        id: rt.cp.indicators[i]?.id ?? '',
        name: rt.cp.indicators[i]?.name ?? '',
        weight: plain(rt.cp.weights[g]?.[i] ?? null) ?? '',
      })),
      units: order.map((u) => unitResult(rt, p, u)),
      lists: Object.fromEntries(Object.entries(entries).map(([k, es]) => [k, es.map((e) => e.unitId)])),
      listEntries: entries,
    };
  });
}
