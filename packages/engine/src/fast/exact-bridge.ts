import { isQ } from '../exact/q.ts';
import type { Value } from '../formula/ast.ts';
import { boolNode, byteOf, constNode, type FNode, numNode, put, Unsupported } from './node.ts';
import { scratchBits } from './pool.ts';

/** Yes/no values as a boolean column, lent (null where a value is not a boolean). */
export function yesNoBits(xs: readonly Value[]): Uint8Array {
  const out = scratchBits(xs.length);
  for (let k = 0; k < xs.length; k++) out[k] = byteOf(xs[k]!);
  return out;
}

/**
 * Values computed member by member (by the exact engine) as a column node: booleans as a boolean
 * column, numbers (nulls among them) as doubles with their bounds. A text or list value, or numbers
 * mixed with booleans, throws Unsupported(what): the column compiler does not take it.
 */
export function valuesNode(xs: readonly Value[], what: string): FNode {
  const nums = xs.some(isQ);
  const bools = xs.some((x) => typeof x === 'boolean');
  if (xs.some((x) => x !== null && !isQ(x) && typeof x !== 'boolean') || (nums && bools)) throw new Unsupported(what);
  if (bools) return boolNode(() => yesNoBits(xs));
  const exactAt = (j: number): Value => xs[j] ?? null;
  return numNode(
    () => {
      const v = new Float64Array(xs.length);
      const e = new Float64Array(xs.length);
      xs.forEach((x, j) => put(v, e, j, x));
      return { v, e };
    },
    exactAt,
    { columnless: exactAt },
  );
}

/**
 * A column of values the exact engine computes member by member: the bridge for facts whose
 * formulas use what the column compiler does not (prev, periods, indicator lists, group ranks…).
 * Numbers and booleans only; a text or list value leaves the run to the exact engine. Always null:
 * the null constant.
 */
export function exactColumn(n: number, valueAt: (j: number) => Value, what: string): FNode {
  const values = Array.from({ length: n }, (_, j) => valueAt(j));
  const node = valuesNode(values, what);
  return values.every((x) => x === null) ? constNode(null, n) : node;
}
