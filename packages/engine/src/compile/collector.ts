import type { Condition, Formula, Problem } from '@kaoping/contracts';
import type { ConditionError } from '../condition/compile-condition.ts';
import { compileCondition } from '../condition/compile-condition.ts';
import { compileFormula } from '../formula/compile-formula.ts';
import { FormulaSyntaxError, parseFormula } from '../formula/parse-formula.ts';
import type { Getter } from '../formula/runtime.ts';
import type { Scope } from '../formula/scope.ts';
import { formulaDepth, formulaSize } from '../limits/formula-depth.ts';
import { guardFormula } from '../limits/guard-formula.ts';
import { ExactSizeError } from '../limits/limit-errors.ts';
import { LIMITS } from '../limits/limits.ts';
import type { CompiledFormula } from './compiled-formula.ts';

const FAILED: CompiledFormula = { get: () => null, node: { k: 'null' }, pointer: '' };

/** Compiles formulas and conditions, collecting every problem with its JSON pointer. */
export class Collector {
  readonly problems: Problem[] = [];
  /** Nodes beyond the engine's compile limits (reported with their own code). */
  readonly limits: Problem[] = [];

  problem(pointer: string, message: string): void {
    this.problems.push({ pointer, message });
  }

  formula(text: Formula, scope: Scope, pointer: string, context = ''): CompiledFormula {
    if (typeof text === 'string' && text.length > LIMITS.formulaChars) {
      this.limits.push({ pointer, message: `${context}公式过长（${text.length} 个字符，上限 ${LIMITS.formulaChars} 个）` });
      return FAILED;
    }
    try {
      const node = parseFormula(text);
      const depth = formulaDepth(node);
      if (depth > LIMITS.formulaDepth) {
        this.limits.push({ pointer, message: `${context}公式嵌套过深（${depth} 层，上限 ${LIMITS.formulaDepth} 层）` });
        return FAILED;
      }
      return { get: guardFormula(compileFormula(node, scope), pointer, formulaSize(node)), node, pointer };
    } catch (e) {
      if (e instanceof RangeError && !(e instanceof ExactSizeError) && /call stack/i.test(e.message)) {
        this.limits.push({ pointer, message: `${context}公式嵌套过深（上限 ${LIMITS.formulaDepth} 层）` });
        return FAILED;
      }
      if (!(e instanceof FormulaSyntaxError) && !(e instanceof RangeError)) throw e;
      this.problem(pointer, `${context}${e.message}`);
      return FAILED;
    }
  }

  condition(c: Condition, scope: Scope, pointer: string): Getter {
    return compileCondition(c, scope, '', (e: ConditionError) => this.problem(pointer + e.pointer, e.message));
  }

  /**
   * Reports ids used twice across lists that share one namespace (each list with its own pointer
   * base), or clashing with built-in names.
   */
  uniqueIds(lists: readonly [string, readonly { id: string }[] | undefined][], reserved: ReadonlySet<string> = new Set()): void {
    const seen = new Set<string>();
    for (const [base, items] of lists) {
      (items ?? []).forEach((x, k) => {
        if (seen.has(x.id)) this.problem(`${base}/${k}/id`, `编码 “${x.id}” 重复`);
        else if (reserved.has(x.id)) this.problem(`${base}/${k}/id`, `编码 “${x.id}” 与内置名称冲突，请换一个`);
        seen.add(x.id);
      });
    }
  }
}
