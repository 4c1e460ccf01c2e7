import { parseDecimal, Q } from './q.ts';

/**
 * `parseDecimal(text)` without BigInt when the decimal has at most 15 digits (numerator and
 * 10^places are then exact doubles, and the rational is reduced in doubles): the same rational.
 * Longer or malformed text is left to `parseDecimal` (which reports what is wrong with it).
 */
export function decimalQ(text: string): Q {
  const s = text.length > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32) ? text.trim() : text;
  const neg = s.charCodeAt(0) === 45;
  let num = 0;
  let digits = 0;
  let places = -1;
  for (let k = neg ? 1 : 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 46 && places < 0 && digits > 0 && k < s.length - 1) {
      places = 0;
      continue;
    }
    if (c < 48 || c > 57 || ++digits > 15) return parseDecimal(text);
    num = num * 10 + (c - 48);
    if (places >= 0) places++;
  }
  if (digits === 0) return parseDecimal(text);
  return new Q(neg ? -num : num, places > 0 ? 10 ** places : 1);
}
