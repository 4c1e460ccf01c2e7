import type { CompiledFormula } from '../../compile/compiled-formula.ts';
import { GATED } from '../../compile/names.ts';
import type { Node, Value } from '../../formula/ast.ts';
import { formulaSize } from '../../limits/formula-depth.ts';
import { runLimitError } from '../../limits/guard-formula.ts';
import { isLimitError } from '../../limits/limit-errors.ts';
import { packScopes } from '../record/pack-scopes.ts';
import { recordFormula } from '../record/record-formula.ts';
import type { Run } from './run.ts';

/**
 * Stage 2, scores: the pack's formula facts. Each indicator's actual, applicable, plan, completion,
 * score, done and custom facts, then the unit's base, total, adjustment sums and custom facts.
 * In a traced run each formula is evaluated by `recordFormula`, which keeps what it read.
 */

const sizes = new WeakMap<Node, number>();

function formulaValue(rt: Run, f: CompiledFormula, p: number, u: number, i: number, name: string): Value {
  const ctx = rt.ctx(p, u, i);
  if (rt.records?.period !== p) return f.get(ctx);
  // As the compiled formula's guard does: count its steps, and name it when a limit is reached inside.
  try {
    let size = sizes.get(f.node);
    if (size === undefined) sizes.set(f.node, (size = formulaSize(f.node)));
    rt.tick?.(size);
    const scopes = packScopes(rt.cp);
    const rec = recordFormula(f.node, i < 0 ? scopes.unit : (scopes.indicators[i] ?? scopes.unit), ctx);
    rt.records.setFormula(u, i, name, rec);
    return rec.value;
  } catch (e) {
    if (isLimitError(e)) throw runLimitError(e.message, f.pointer);
    throw e;
  }
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
