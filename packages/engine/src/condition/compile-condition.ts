import type { Condition, ConditionValue, FactCondition } from '@kaoping/contracts';
import { isFactCondition } from '@kaoping/contracts';
import { parseDecimal } from '../exact/q.ts';
import type { Value } from '../formula/ast.ts';
import { FormulaSyntaxError } from '../formula/parse-formula.ts';
import type { Getter } from '../formula/runtime.ts';
import type { Scope } from '../formula/scope.ts';
import { OPERATOR_FNS } from './operators.ts';

/** A condition that does not fit its scope; `pointer` is relative to the condition. */
export class ConditionError extends Error {
  constructor(message: string, readonly pointer: string) {
    super(message);
  }
}

/** Resolves `fact` (+ optional `$.prop` path) to a getter in the scope. */
export function factGetter(fact: string, path: string | undefined, scope: Scope, pointer: string): Getter {
  const props = path === undefined ? [] : path.split('.').slice(1);
  if (props.length > 1) throw new ConditionError(`路径 ${path} 过深：只支持一层，如 $.done`, `${pointer}/path`);
  const g = props.length === 0 ? scope.ident(fact) : scope.member(fact, props[0] as string);
  if (g === null) {
    const name = props.length === 0 ? fact : `${fact}.${props[0]}`;
    throw new ConditionError(`未知的事实 “${name}”。可用的有：${scope.names().slice(0, 40).join('、')}`, `${pointer}/fact`);
  }
  return g;
}

/** A literal from the pack, read exactly: numbers become rationals. */
export function literalValue(v: Exclude<ConditionValue, { fact: string }>): Value {
  if (typeof v === 'number') return parseDecimal(v);
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'number' ? parseDecimal(x) : x));
  return v;
}

function compileLeaf(c: FactCondition, scope: Scope, pointer: string): Getter {
  const left = factGetter(c.fact, c.path, scope, pointer);
  const op = OPERATOR_FNS[c.operator];
  const v = c.value;
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const right = factGetter(v.fact, v.path, scope, `${pointer}/value`);
    return (ctx) => op(left(ctx), right(ctx), ctx);
  }
  const lit = literalValue(v);
  return (ctx) => op(left(ctx), lit, ctx);
}

/** Compiles a json-rules-engine condition into a closure returning true or false. */
export function compileCondition(c: Condition, scope: Scope, pointer = ''): Getter {
  try {
    if (isFactCondition(c)) return compileLeaf(c, scope, pointer);
    if ('all' in c) {
      const parts = c.all.map((x, k) => compileCondition(x, scope, `${pointer}/all/${k}`));
      return (ctx) => parts.every((g) => g(ctx) === true);
    }
    if ('any' in c) {
      const parts = c.any.map((x, k) => compileCondition(x, scope, `${pointer}/any/${k}`));
      return (ctx) => parts.some((g) => g(ctx) === true);
    }
    const inner = compileCondition(c.not, scope, `${pointer}/not`);
    return (ctx) => inner(ctx) !== true;
  } catch (e) {
    if (e instanceof FormulaSyntaxError) throw new ConditionError(e.message, pointer);
    throw e;
  }
}
