import type { Condition, ConditionValue, FactCondition } from '@kaoping/contracts';
import { isFactCondition } from '@kaoping/contracts';
import { parseDecimal } from '../exact/q.ts';
import type { Value } from '../formula/ast.ts';
import { FormulaSyntaxError } from '../formula/parse-formula.ts';
import type { Getter } from '../formula/runtime.ts';
import type { Scope } from '../formula/scope.ts';
import { candidatesFor, namesHint } from '../formula/suggest.ts';
import { OPERATOR_FNS } from './operators.ts';

/** A condition that does not fit its scope; `pointer` is relative to the condition. */
export class ConditionError extends Error {
  constructor(
    message: string,
    readonly pointer: string,
  ) {
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
    throw new ConditionError(`未知的事实 “${name}”${namesHint(name, candidatesFor(name, scope.names()), '事实')}`, `${pointer}/fact`);
  }
  return g;
}

/** A literal from the pack, read exactly: numbers become rationals. */
export function literalValue(v: Exclude<ConditionValue, { fact: string }>): Value {
  if (typeof v === 'number') return parseDecimal(v);
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'number' ? parseDecimal(x) : x));
  return v;
}

const NUMERIC = new Set(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive']);

/** Rejects literals an operator can never hold for, e.g. `greaterThan false`. */
function checkLiteral(c: FactCondition, pointer: string): void {
  const v = c.value;
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) return;
  const bad =
    (NUMERIC.has(c.operator) && typeof v !== 'number') ||
    ((c.operator === 'in' || c.operator === 'notIn') && !Array.isArray(v)) ||
    ((c.operator === 'contains' || c.operator === 'doesNotContain') && (Array.isArray(v) || v === null)) ||
    (c.operator === 'inWindow' && typeof v !== 'boolean');
  if (!bad) return;
  const want = NUMERIC.has(c.operator)
    ? '一个数字'
    : c.operator === 'inWindow'
      ? 'true 或 false'
      : c.operator.endsWith('In') || c.operator === 'in'
        ? '一个列表，如 ["二产", "技改"]'
        : '单个值';
  throw new ConditionError(`运算符 ${c.operator} 的比较值应为${want}`, `${pointer}/value`);
}

function compileLeaf(c: FactCondition, scope: Scope, pointer: string): Getter {
  checkLiteral(c, pointer);
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

/** Receives a problem and lets compilation go on, so that every bad leaf is reported. */
export type ReportConditionError = (e: ConditionError) => void;

const rethrow: ReportConditionError = (e) => {
  throw e;
};

/** Compiles a json-rules-engine condition into a closure returning true or false. */
export function compileCondition(c: Condition, scope: Scope, pointer = '', report: ReportConditionError = rethrow): Getter {
  if (isFactCondition(c)) {
    try {
      return compileLeaf(c, scope, pointer);
    } catch (e) {
      if (e instanceof ConditionError) report(e);
      else if (e instanceof FormulaSyntaxError) report(new ConditionError(e.message, pointer));
      else throw e;
      return () => false;
    }
  }
  if ('all' in c) {
    const parts = c.all.map((x, k) => compileCondition(x, scope, `${pointer}/all/${k}`, report));
    return (ctx) => parts.every((g) => g(ctx) === true);
  }
  if ('any' in c) {
    const parts = c.any.map((x, k) => compileCondition(x, scope, `${pointer}/any/${k}`, report));
    return (ctx) => parts.some((g) => g(ctx) === true);
  }
  const inner = compileCondition(c.not, scope, `${pointer}/not`, report);
  return (ctx) => inner(ctx) !== true;
}
