import type { Condition, FactCondition, Operator } from '@kaoping/contracts';
import { isFactCondition } from '@kaoping/contracts';
import { factGetter, literalValue } from '../../condition/compile-condition.ts';
import { OPERATOR_FNS } from '../../condition/operators.ts';
import type { Value } from '../../formula/ast.ts';
import type { Ctx, Getter } from '../../formula/runtime.ts';
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

/** A leaf resolved in its scope, as `compileCondition` resolves it: the getters and the literal. */
interface Leaf {
  readonly fact: string;
  readonly left: Getter;
  readonly valueFact: string | null;
  readonly right: Getter | null;
  readonly literal: Value;
}

const leaves = new WeakMap<Scope, WeakMap<FactCondition, Leaf>>();

/** The leaf's getters and literal, resolved once per scope (a traced run records each leaf for every unit or project). */
function leafOf(c: FactCondition, scope: Scope): Leaf {
  let m = leaves.get(scope);
  if (m === undefined) leaves.set(scope, (m = new WeakMap()));
  let leaf = m.get(c);
  if (leaf === undefined) {
    const v = c.value;
    const isRef = v !== null && typeof v === 'object' && !Array.isArray(v);
    leaf = {
      fact: c.path === undefined ? c.fact : `${c.fact}${c.path.slice(1)}`,
      left: factGetter(c.fact, c.path, scope, ''),
      valueFact: isRef ? v.fact : null,
      right: isRef ? factGetter(v.fact, v.path, scope, '') : null,
      literal: isRef ? null : literalValue(v),
    };
    m.set(c, leaf);
  }
  return leaf;
}

/**
 * Evaluates a condition with the semantics of `compileCondition` and records each comparison. Every
 * leaf is evaluated (no short-circuit: leaves are pure reads), so the explanation shows them all.
 */
export function recordCondition(c: Condition, scope: Scope, ctx: Ctx): ConditionRecord {
  if (isFactCondition(c)) {
    const leaf = leafOf(c, scope);
    const factValue = leaf.left(ctx);
    const value = leaf.right === null ? leaf.literal : leaf.right(ctx);
    const result = OPERATOR_FNS[c.operator](factValue, value, ctx);
    return { kind: 'leaf', fact: leaf.fact, factValue, operator: c.operator, valueFact: leaf.valueFact, value, result };
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
