import type { CompiledFormula } from '../../compile/compiled-formula.ts';
import { GATED } from '../../compile/names.ts';
import type { Value } from '../../formula/ast.ts';
import { packScopes } from '../record/pack-scopes.ts';
import { recordCompiled } from '../record/record-compiled.ts';
import type { Run } from './run.ts';

/**
 * Stage 2, scores: the pack's formula facts. Each indicator's actual, applicable, plan, completion,
 * score, done and custom facts, then the unit's base, total, adjustment sums and custom facts.
 * In a traced run each formula is evaluated by `recordCompiled`, which keeps what it read.
 */

function formulaValue(rt: Run, f: CompiledFormula, p: number, u: number, i: number, name: string): Value {
  const ctx = rt.ctx(p, u, i);
  if (rt.records?.period !== p) return f.get(ctx);
  const scopes = packScopes(rt.cp);
  const rec = recordCompiled(f, i < 0 ? scopes.unit : (scopes.indicators[i] ?? scopes.unit), ctx);
  rt.records.setFormula(u, i, name, rec);
  return rec.value;
}

/** A unit formula fact (base, total, bonusTotal, deductionTotal, the pack's facts); undefined for other names. */
export function unitScore(rt: Run, p: number, u: number, name: string): Value | undefined {
  const f = rt.cp.unitFormulas.get(name);
  return f === undefined ? undefined : formulaValue(rt, f, p, u, -1, name);
}

/** Whether the indicator is scored for the unit: part of its group and its `applicable` formula holds. */
export function applicable(rt: Run, p: number, u: number, i: number): boolean {
  const f = rt.cp.indicators[i]?.formulas.get('applicable');
  return f !== undefined && (rt.cp.weights[rt.groupOf(u)]?.[i] ?? null) !== null && formulaValue(rt, f, p, u, i, 'applicable') === true;
}

/** An indicator formula fact; plan, completion, score and done are null where the indicator does not apply. */
export function indicatorScore(rt: Run, p: number, u: number, i: number, name: string): Value {
  if (GATED.has(name) && rt.indFact(p, u, i, 'applicable') !== true) return null;
  const f = rt.cp.indicators[i]?.formulas.get(name);
  return f === undefined ? null : formulaValue(rt, f, p, u, i, name);
}
