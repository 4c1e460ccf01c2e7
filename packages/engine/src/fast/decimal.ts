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
  // The usual text, unsigned digits, in one loop: up to 15 digits are exactly their double.
  const len = text.length;
  if (len > 15) return readSigned(text);
  let int = 0;
  for (let k = 0; k < len; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return readSigned(text);
    int = int * 10 + (c - 48);
  }
  return len === 0 ? NaN : int;
}

/** `readDecimal` for any other text: trimmed, signed, with a fraction or more than 15 digits. */
function readSigned(text: string): number {
  const s = text.length > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32) ? text.trim() : text;
  let k = s.charCodeAt(0) === 45 ? 1 : 0;
  const start = k;
  while (k < s.length && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k++;
  if (k === start) return NaN;
  if (k === s.length) return Number(s);
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
