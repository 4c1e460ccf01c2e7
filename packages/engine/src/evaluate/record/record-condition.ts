import type { Condition, Operator } from '@kaoping/contracts';
import { isFactCondition } from '@kaoping/contracts';
import { factGetter, literalValue } from '../../condition/compile-condition.ts';
import { OPERATOR_FNS } from '../../condition/operators.ts';
import type { Value } from '../../formula/ast.ts';
import type { Ctx } from '../../formula/runtime.ts';
import type { Scope } from '../../formula/scope.ts';

/** One comparison as evaluated: fact value, operator, compared value and result (as json-rules-engine records it). */
interface LeafRecord {
  readonly kind: 'leaf';
  /** The fact's name, `K1.done` for a path. */
  readonly fact: string;
  readonly factValue: Value;
  readonly operator: Operator;
  /** The compared fact's name when the value is a fact reference, else null. */
  readonly valueFact: string | null;
  readonly value: Value;
  readonly result: boolean;
}

/** A condition as evaluated: every leaf, with the result of each part. */
export type ConditionRecord =
  | LeafRecord
  | { readonly kind: 'all' | 'any'; readonly parts: readonly ConditionRecord[]; readonly result: boolean }
  | { readonly kind: 'not'; readonly part: ConditionRecord; readonly result: boolean };

/**
 * Evaluates a condition with the semantics of `compileCondition` and records each comparison. Every
 * leaf is evaluated (no short-circuit: leaves are pure reads), so the explanation shows them all.
 */
export function recordCondition(c: Condition, scope: Scope, ctx: Ctx): ConditionRecord {
  if (isFactCondition(c)) {
    const factValue = factGetter(c.fact, c.path, scope, '')(ctx);
    const v = c.value;
    const isRef = v !== null && typeof v === 'object' && !Array.isArray(v);
    const value = isRef ? factGetter(v.fact, v.path, scope, '')(ctx) : literalValue(v);
    const fact = c.path === undefined ? c.fact : `${c.fact}${c.path.slice(1)}`;
    const valueFact = isRef ? v.fact : null;
    return { kind: 'leaf', fact, factValue, operator: c.operator, valueFact, value, result: OPERATOR_FNS[c.operator](factValue, value, ctx) };
  }
  if ('all' in c) {
    const parts = c.all.map((x) => recordCondition(x, scope, ctx));
    return { kind: 'all', parts, result: parts.every((x) => x.result) };
  }
  if ('any' in c) {
    const parts = c.any.map((x) => recordCondition(x, scope, ctx));
    return { kind: 'any', parts, result: parts.some((x) => x.result) };
  }
  const part = recordCondition(c.not, scope, ctx);
  return { kind: 'not', part, result: !part.result };
}
