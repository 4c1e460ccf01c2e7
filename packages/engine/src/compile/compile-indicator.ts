import type { Formula, Indicator, RulePack } from '@kaoping/contracts';
import { parseDecimal, type Q } from '../exact/q.ts';
import type { Collector } from './collector.ts';
import type { CompiledFormula } from './compiled-formula.ts';
import type { CompiledIndicator, CompiledLight } from './compiled.ts';
import { INDICATOR_DEFAULTS } from './defaults.ts';
import { indicatorFactNames, indicatorScope, type UnitNames } from './scopes.ts';
import type { Scope } from '../formula/scope.ts';

const FORMULA_FACTS = ['actual', 'applicable', 'plan', 'completion', 'score', 'done'] as const;
type FormulaFact = (typeof FORMULA_FACTS)[number];

/** Finds a formula and where it is written: the indicator, its method, the pack defaults or the built-in default. */
export function pick(pack: RulePack, ind: Indicator, k: number, fact: FormulaFact): [Formula, string] | null {
  const own = ind[fact];
  if (own !== undefined) return [own, `/indicators/${k}/${fact}`];
  const m = ind.method === undefined ? undefined : pack.methods?.[ind.method]?.[fact];
  if (m !== undefined) return [m, `/methods/${ind.method}/${fact}`];
  const d = pack.defaults?.[fact];
  if (d !== undefined) return [d, `/defaults/${fact}`];
  const b = fact === 'score' ? undefined : INDICATOR_DEFAULTS[fact];
  return b === undefined ? null : [b, `/indicators/${k}`];
}

function params(pack: RulePack, ind: Indicator, k: number, c: Collector): Map<string, Q> {
  const method = ind.method === undefined ? undefined : pack.methods?.[ind.method];
  const out = new Map<string, Q>();
  for (const [name, v] of Object.entries({ ...method?.params, ...ind.params })) {
    try {
      out.set(name, parseDecimal(v));
    } catch {
      c.problem(`/indicators/${k}/params/${name}`, `参数 ${name} 须为数字`);
    }
  }
  return out;
}

function customFormulas(pack: RulePack, ind: Indicator, k: number): [string, Formula, string][] {
  const method = ind.method === undefined ? undefined : pack.methods?.[ind.method];
  const out = new Map<string, [Formula, string]>();
  for (const [n, f] of Object.entries(pack.defaults?.facts ?? {})) out.set(n, [f, `/defaults/facts/${n}`]);
  for (const [n, f] of Object.entries(method?.facts ?? {})) out.set(n, [f, `/methods/${ind.method}/facts/${n}`]);
  for (const [n, f] of Object.entries(ind.facts ?? {})) out.set(n, [f, `/indicators/${k}/facts/${n}`]);
  return [...out].map(([n, [f, at]]) => [n, f, at]);
}

function compileLight(ind: Indicator, k: number, scope: Scope, c: Collector): CompiledLight | null {
  if (ind.light === undefined) return null;
  return {
    bands: ind.light.bands.map((b, j) => ({
      light: b.light,
      reason: b.reason ?? null,
      when: b.when === undefined ? null : c.condition(b.when, scope, `/indicators/${k}/light/bands/${j}/when`),
    })),
    escalate: (ind.light.escalate ?? []).map((e) => ({ ...e, reason: e.reason ?? null })),
  };
}

/** Compiles one indicator's formulas in its own scope (its facts and params first, then the unit's). */
export function compileIndicator(pack: RulePack, ind: Indicator, k: number, names: UnitNames, custom: string[], c: Collector): CompiledIndicator {
  if (ind.method !== undefined && pack.methods?.[ind.method] === undefined) {
    c.problem(`/indicators/${k}/method`, `计分方法 “${ind.method}” 未在 methods 中定义`);
  }
  const ps = params(pack, ind, k, c);
  const scope = indicatorScope(names, indicatorFactNames(custom), ps);
  const context = `指标 ${ind.id}：`;
  const formulas = new Map<string, CompiledFormula>();
  for (const fact of FORMULA_FACTS) {
    const found = pick(pack, ind, k, fact);
    if (found === null) continue; // no score: the indicator is reported and lit, not scored
    formulas.set(fact, c.formula(found[0], scope, found[1], context));
  }
  for (const [name, f, at] of customFormulas(pack, ind, k)) formulas.set(name, c.formula(f, scope, at, context));
  return {
    id: ind.id,
    name: ind.name,
    index: k,
    input: ind.input ?? null,
    targetOf: ind.targetOf ?? ind.id,
    formulas,
    params: ps,
    customFacts: custom,
    light: compileLight(ind, k, scope, c),
  };
}
