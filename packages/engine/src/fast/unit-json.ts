import { exactText } from '../exact/exact-text.ts';
import { isQ, toFixed } from '../exact/q.ts';
import { factJson } from '../evaluate/format.ts';
import type { Run } from '../evaluate/stages/run.ts';
import type { Value } from '../formula/ast.ts';
import { IND, type JsonPlan, jsonPlan } from './json-plan.ts';

/**
 * A unit of the `kaoping.run/1` result written straight to JSON text, byte-identical to
 * `JSON.stringify(unitResult(rt, p, u))` (evaluate/stages/result.ts, whose fields, order and
 * reading order it follows): no object per value, and the exact texts without BigInt.
 */

/** A string of digits, sign, point or slash (every number text) as JSON; null as null. */
const num = (s: string | null): string => (s === null ? 'null' : `"${s}"`);
const exact = (v: Value): string | null => (isQ(v) ? exactText(v) : null);
const rounded = (v: Value, dp: number): string | null => (isQ(v) ? toFixed(v, dp) : null);
const light = (v: Value): string => (v === 'green' || v === 'yellow' || v === 'red' ? `"${v}"` : 'null');
const json = (v: unknown): string => JSON.stringify(v) ?? 'null';

/** `plainOf`: the exact text when it is a decimal of at most 4 places, else rounded to 4. */
function plainOf(v: Value, text: string): string {
  if (!isQ(v)) return text;
  if (text.includes('/')) return toFixed(v, 4);
  const dot = text.indexOf('.');
  return dot < 0 || text.length - dot - 1 <= 4 ? text : toFixed(v, 4);
}

const show = (v: Value, e: string | null): string | null => (isQ(v) && e !== null ? plainOf(v, e) : null);
const plain = (v: Value): string | null => (isQ(v) ? plainOf(v, exactText(v)) : null);

/** `rt.indFact(p, u, i, name)` for fact k of `IND`, through its memo slot as `indFact` reads it. */
function fact(rt: Run, plan: JsonPlan, p: number, u: number, i: number, k: number): Value {
  const [name, slot] = plan.ind[k]!;
  return slot < 0 ? rt.indFact(p, u, i, name) : rt.indSlot(p, u, i, slot);
}

function indicatorJson(rt: Run, jp: JsonPlan, p: number, u: number, i: number, dp: number): string {
  const ind = rt.cp.indicators[i];
  const actual = fact(rt, jp, p, u, i, IND.actual);
  const target = fact(rt, jp, p, u, i, IND.target);
  const plan = fact(rt, jp, p, u, i, IND.plan);
  const completion = fact(rt, jp, p, u, i, IND.completion);
  const score = fact(rt, jp, p, u, i, IND.score);
  const input = fact(rt, jp, p, u, i, IND.input);
  const ex = [exact(actual), exact(target), exact(plan), exact(completion), exact(score), exact(input)] as const;
  const done = fact(rt, jp, p, u, i, IND.done);
  let lights = '"light":null,"lightBase":null,"lightReason":null';
  if (ind?.light !== null) {
    const l = light(fact(rt, jp, p, u, i, IND.light));
    const base = light(fact(rt, jp, p, u, i, IND.lightBase));
    lights = `"light":${l},"lightBase":${base},"lightReason":${json(fact(rt, jp, p, u, i, IND.lightReason) ?? null)}`;
  }
  const weight = plain(fact(rt, jp, p, u, i, IND.weight));
  const applicable = fact(rt, jp, p, u, i, IND.applicable) === true;
  let facts = '';
  for (const [k, n] of jp.customFacts[i] ?? []) facts += `${facts === '' ? '' : ','}${k}${json(factJson(rt.indFact(p, u, i, n)))}`;
  return (
    `{"actual":${num(show(actual, ex[0]))},"target":${num(show(target, ex[1]))},"weight":${num(weight)},"applicable":${applicable},` +
    `"plan":${num(show(plan, ex[2]))},"completion":${num(show(completion, ex[3]))},"score":${num(rounded(score, dp))},` +
    `"done":${typeof done === 'boolean' ? done : 'null'},${lights},"facts":{${facts}},` +
    `"exact":{"actual":${num(ex[0])},"target":${num(ex[1])},"plan":${num(ex[2])},"completion":${num(ex[3])},"score":${num(ex[4])},"input":${num(ex[5])}}}`
  );
}

function items(rt: Run, p: number, u: number, id: string) {
  return rt.details.get(`${p}|${u}|${id}`)?.items ?? [];
}

/** The unit's adjustments, facts and measures, as `unitResult` writes them. */
function extrasJson(rt: Run, p: number, u: number, dp: number): string {
  const plan = jsonPlan(rt.cp);
  let adjustments = '';
  for (const [k, id] of plan.adjustments) {
    const raw = exact(rt.unitFact(p, u, `${id}Raw`)) ?? '0';
    const value = rounded(rt.unitFact(p, u, id), dp) ?? '';
    const list = items(rt, p, u, id)
      .map((x) => `{"id":${json(x.id)},"count":"${exactText(x.count)}","points":"${x.points === undefined ? '' : exactText(x.points)}"}`)
      .join(',');
    adjustments += `${adjustments === '' ? '' : ','}${k}{"raw":"${raw}","value":"${value}","items":[${list}]}`;
  }
  let facts = '';
  for (const [k, x] of plan.facts) facts += `${facts === '' ? '' : ','}${k}${json(factJson(rt.unitFact(p, u, x.id), x.round))}`;
  let measures = '';
  for (const [k, id] of plan.measures) {
    const value = exact(rt.unitFact(p, u, id)) ?? '0';
    measures += `${measures === '' ? '' : ','}${k}{"value":"${value}","items":[${items(rt, p, u, id)
      .map((x) => json(x.id))
      .join(',')}]}`;
  }
  return `"adjustments":{${adjustments}},"facts":{${facts}},"measures":{${measures}}`;
}

/** The JSON text of `unitResult(rt, p, u)`. */
export function unitJson(rt: Run, p: number, u: number): string {
  const { cp } = rt;
  const dp = cp.pack.rounding.decimals;
  const info = rt.rankInfo(p, u);
  const unit = rt.data.units[u];
  const previous = p > 0 && cp.pack.ranking !== undefined ? `"previousRank":${json(rt.rankInfo(p - 1, u).rank)},` : '';
  const [total, base, bonus, deduction] = [
    rt.unitFact(p, u, 'total'),
    rt.unitFact(p, u, 'base'),
    rt.unitFact(p, u, 'bonusTotal'),
    rt.unitFact(p, u, 'deductionTotal'),
  ];
  const head =
    `{"unitId":${json(unit?.id ?? '')},"name":${json(unit?.name ?? '')},"rank":${json(info.rank)},"unitsRankedBelow":${json(info.below)},${previous}` +
    `"total":${num(rounded(total, dp))},"base":${num(rounded(base, dp))},"bonus":${num(rounded(bonus, dp))},"deduction":${num(rounded(deduction, dp))},` +
    `"vetoed":${rt.unitFact(p, u, 'vetoed') === true},"light":${light(rt.unitFact(p, u, 'light'))}`;
  const jp = jsonPlan(cp);
  let indicators = '';
  for (const [k, i] of jp.indicators[rt.groupOf(u)] ?? []) indicators += `${indicators === '' ? '' : ','}${k}${indicatorJson(rt, jp, p, u, i, dp)}`;
  const ex = `"exact":{"total":${num(exact(total))},"base":${num(exact(base))},"bonusTotal":${num(exact(bonus))},"deductionTotal":${num(exact(deduction))}}`;
  return `${head},"indicators":{${indicators}},${extrasJson(rt, p, u, dp)},${ex}}`;
}
