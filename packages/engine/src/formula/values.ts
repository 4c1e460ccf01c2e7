import { isQ, ZERO, type Q, toExact } from '../exact/q.ts';
import type { BinaryOp, Value } from './ast.ts';

/** Only `true` is true: null (unknown) and everything else count as not holding. */
export function isTrue(v: Value): boolean {
  return v === true;
}

/** Equality across kinds: numbers by exact value, lists element-wise, otherwise identity. */
export function valuesEqual(a: Value, b: Value): boolean {
  if (isQ(a) && isQ(b)) return a.equals(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => valuesEqual(x, b[i] ?? null));
  return a === b;
}

/** Orders two numbers, or two strings (periods, dates); null when they cannot be compared. */
export function compareValues(a: Value, b: Value): number | null {
  if (isQ(a) && isQ(b)) return a.compare(b);
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return null;
}

function arith(op: '+' | '-' | '*' | '/', a: Q, b: Q): Value {
  switch (op) {
    case '+':
      return a.add(b);
    case '-':
      return a.sub(b);
    case '*':
      return a.mul(b);
    case '/':
      return b.equals(ZERO) ? null : a.div(b);
  }
}

/** Kleene logic: false && unknown = false, true || unknown = true, otherwise unknown stays unknown. */
function logic(op: '&&' | '||', a: Value, b: Value): Value {
  if (op === '&&') {
    if (a === false || b === false) return false;
    return a === true && b === true ? true : null;
  }
  if (a === true || b === true) return true;
  return a === false && b === false ? false : null;
}

/** Applies a binary operator; arithmetic and ordering with null give null (or false for ordering). */
export function applyBinary(op: BinaryOp, a: Value, b: Value): Value {
  switch (op) {
    case '&&':
    case '||':
      return logic(op, a, b);
    case '==':
      return valuesEqual(a, b);
    case '!=':
      return !valuesEqual(a, b);
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const c = compareValues(a, b);
      if (c === null) return false;
      return op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0;
    }
    default:
      return isQ(a) && isQ(b) ? arith(op, a, b) : null;
  }
}

export function applyUnary(op: '-' | '+' | '!', a: Value): Value {
  if (op === '!') return typeof a === 'boolean' ? !a : null;
  if (!isQ(a)) return null;
  return op === '-' ? a.neg() : a;
}

/** Short text of a value for traces: exact numbers, 是/否, 空. */
export function showValue(v: Value): string {
  if (v === null) return '空';
  if (v === true) return '是';
  if (v === false) return '否';
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.length === 0 ? '无' : v.map(showValue).join('、');
  return toExact(v);
}
