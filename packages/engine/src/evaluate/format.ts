import type { FactJson } from '@kaoping/contracts';
import { isQ, type Q, toExact, toFixed } from '../exact/q.ts';
import type { Value } from '../formula/ast.ts';

/** Exact text of a number, or null. */
export function exact(v: Value): string | null {
  return isQ(v) ? toExact(v) : null;
}

/** A number rounded half-up to the pack's places, or null. */
export function rounded(v: Value, dp: number): string | null {
  return isQ(v) ? toFixed(v, dp) : null;
}

const SHORT = /^-?\d+(\.\d{1,4})?$/;

/** A data-like number: written out when it has at most 4 decimals, else rounded to 4. */
export function plain(v: Value): string | null {
  return isQ(v) ? plainOf(v, toExact(v)) : null;
}

/** `plain` for a number whose exact text is already known. */
export function plainOf(v: Q, exactText: string): string {
  return SHORT.test(exactText) ? exactText : toFixed(v, 4);
}

/** A fact value as JSON: numbers as exact text (or rounded when `round` is given). */
export function factJson(v: Value, round?: number): FactJson {
  if (isQ(v)) return round === undefined ? toExact(v) : toFixed(v, round);
  if (Array.isArray(v)) return v.map((x) => factJson(x, round));
  return v;
}
