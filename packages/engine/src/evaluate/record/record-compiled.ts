import type { CompiledFormula } from '../../compile/compiled-formula.ts';
import type { Node } from '../../formula/ast.ts';
import type { Ctx } from '../../formula/runtime.ts';
import type { Scope } from '../../formula/scope.ts';
import { formulaSize } from '../../limits/formula-depth.ts';
import { runLimitError } from '../../limits/guard-formula.ts';
import { isLimitError } from '../../limits/limit-errors.ts';
import { recordFormula, type FormulaRecord } from './record-formula.ts';

const sizes = new WeakMap<Node, number>();

/**
 * Evaluates a compiled formula by `recordFormula` in the scope it was compiled in, guarded as the
 * compiled formula's guard does (`guardFormula`): its steps are counted, and a limit reached inside
 * names its JSON pointer.
 */
export function recordCompiled(f: CompiledFormula, scope: Scope, ctx: Ctx): FormulaRecord {
  try {
    let size = sizes.get(f.node);
    if (size === undefined) sizes.set(f.node, (size = formulaSize(f.node)));
    ctx.rt.tick?.(size);
    return recordFormula(f.node, scope, ctx);
  } catch (e) {
    if (isLimitError(e)) throw runLimitError(e.message, f.pointer);
    throw e;
  }
}
