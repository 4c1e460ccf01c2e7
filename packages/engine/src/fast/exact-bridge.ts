import { isQ } from '../exact/q.ts';
import type { Value } from '../formula/ast.ts';
import { boolNode, byteOf, constNode, type FNode, numNode, put, Unsupported } from './node.ts';

/**
 * A column of values the exact engine computes member by member: the bridge for facts whose
 * formulas use what the column compiler does not (prev, periods, indicator lists, group ranks…).
 * Numbers and booleans only; a text or list value leaves the run to the exact engine.
 */
export function exactColumn(n: number, valueAt: (j: number) => Value, what: string): FNode {
  const values = Array.from({ length: n }, (_, j) => valueAt(j));
  const nums = values.some(isQ);
  const bools = values.some((x) => typeof x === 'boolean');
  if (values.some((x) => x !== null && !isQ(x) && typeof x !== 'boolean') || (nums && bools)) throw new Unsupported(what);
  if (!nums && !bools) return constNode(null, n);
  if (bools) return boolNode(() => Uint8Array.from(values, byteOf));
  return numNode(
    () => {
      const v = new Float64Array(n);
      const e = new Float64Array(n);
      values.forEach((x, j) => put(v, e, j, x));
      return { v, e };
    },
    (j) => values[j] ?? null,
    { columnless: (j) => values[j] ?? null },
  );
}
