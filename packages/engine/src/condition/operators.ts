import type { Operator } from '@kaoping/contracts';
import { isQ } from '../exact/q.ts';
import type { Value } from '../formula/ast.ts';
import type { Ctx } from '../formula/runtime.ts';
import { valuesEqual } from '../formula/values.ts';

type OperatorFn = (fact: Value, value: Value, ctx: Ctx) => boolean;

/** Numeric operators hold only between two numbers, as json-rules-engine's number validator requires. */
function numeric(test: (c: number) => boolean): OperatorFn {
  return (a, b) => isQ(a) && isQ(b) && test(a.compare(b));
}

function member(list: Value, x: Value): boolean {
  return Array.isArray(list) && list.some((y) => valuesEqual(y, x));
}

function inWindow(date: Value, want: Value, ctx: Ctx): boolean {
  const start = ctx.rt.periodFact(ctx.p, 'windowStart');
  const end = ctx.rt.periodFact(ctx.p, 'asOf');
  const inside = typeof date === 'string' && typeof start === 'string' && typeof end === 'string' && date >= start && date <= end;
  return want === false ? !inside : inside;
}

/** The semantics of each operator, matching json-rules-engine 7 (plus `inWindow`). */
export const OPERATOR_FNS: Record<Operator, OperatorFn> = {
  equal: (a, b) => valuesEqual(a, b),
  notEqual: (a, b) => !valuesEqual(a, b),
  lessThan: numeric((c) => c < 0),
  lessThanInclusive: numeric((c) => c <= 0),
  greaterThan: numeric((c) => c > 0),
  greaterThanInclusive: numeric((c) => c >= 0),
  in: (a, b) => member(b, a),
  notIn: (a, b) => Array.isArray(b) && !member(b, a),
  contains: (a, b) => member(a, b),
  doesNotContain: (a, b) => Array.isArray(a) && !member(a, b),
  inWindow,
};

/** Chinese operator labels, for traces and the visual condition builder. */
export const OPERATOR_LABELS: Record<Operator, string> = {
  equal: '等于',
  notEqual: '不等于',
  lessThan: '小于',
  lessThanInclusive: '小于等于',
  greaterThan: '大于',
  greaterThanInclusive: '大于等于',
  in: '属于',
  notIn: '不属于',
  contains: '包含',
  doesNotContain: '不包含',
  inWindow: '在考评期内',
};
