import type { Q } from '../exact/q.ts';

/** Relative rounding unit used for error bounds: twice the double's unit roundoff, to stay conservative. */
export const U = 2 ** -52;
// Integers below 2^53 are exact; 2^53 itself may be the rounding of 2^53 + 1 (a text or a sum), so it is not.
const SAFE = 2 ** 53;

/** Whether the last text `readDecimal` read had a decimal point (a module variable: a property of the function was slow to read). */
let dot = false;

/**
 * A decimal text as a double and a bound on its distance from the exact value: 0 for integers
 * within 2^53 (they are exact), else half an ulp, bounded by |v|·U. NaN when the text is not a
 * decimal the exact engine accepts (`-?\d+(\.\d+)?` after trimming).
 */
export function readDecimal(text: string): number {
  dot = false;
  const s = text.length > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32) ? text.trim() : text;
  let k = s.charCodeAt(0) === 45 ? 1 : 0;
  const start = k;
  // Digits are accumulated as they are checked: an integer of up to 15 digits is exact in a double
  // and needs no second parse.
  let int = 0;
  for (let c = s.charCodeAt(k); k < s.length && c >= 48 && c <= 57; c = s.charCodeAt(++k)) int = int * 10 + (c - 48);
  if (k === start) return NaN;
  if (k === s.length) return k - start <= 15 ? (start === 1 ? -int : int) : Number(s);
  if (s.charCodeAt(k) !== 46) return NaN;
  dot = true;
  const frac = ++k;
  while (k < s.length && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k++;
  if (k === frac || k < s.length) return NaN;
  return Number(s);
}

/** Error bound of the double `readDecimal` just returned. */
export function readError(v: number): number {
  return !dot && Number.isInteger(v) && Math.abs(v) < SAFE ? 0 : Math.abs(v) * U;
}

/** A rational as a double and its error bound (0 when the double is the exact integer). */
export function fromQ(q: Q): [number, number] {
  const small = q.small();
  const v = q.valueOf();
  if (small !== null) return [v, small[1] === 1 ? 0 : Math.abs(v) * U];
  return [v, Math.abs(v) * 4 * U + Number.MIN_VALUE];
}

/** True when a double is an integer the error model may call exact. */
export function exactInt(v: number): boolean {
  return Number.isInteger(v) && Math.abs(v) < SAFE;
}
