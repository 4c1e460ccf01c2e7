import { type Q, toExact, toFixed } from './q.ts';

const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * `toExact(x)` without BigInt or regular expressions for a small value (numerator and denominator
 * within 2^53), the common case of a result: an integer, a finite decimal ("54.875"), or a reduced
 * fraction ("537/812"). Anything else is left to `toExact`.
 */
export function exactText(x: Q): string {
  const small = x.small();
  if (small === null) return toExact(x);
  const [n, d] = small;
  if (d === 1) return String(n);
  // A finite decimal has a denominator 2^a·5^b and max(a, b) places, the last one not 0.
  let rest = d;
  let twos = 0;
  let fives = 0;
  while (rest % 2 === 0) {
    rest /= 2;
    twos++;
  }
  while (rest % 5 === 0) {
    rest /= 5;
    fives++;
  }
  if (rest !== 1) return `${n}/${d}`;
  const places = Math.max(twos, fives);
  // |n|/d = |n|·(10^places/d)/10^places, where 10^places/d = 2^(places−twos)·5^(places−fives).
  const scaled = Math.abs(n) * 2 ** (places - twos) * 5 ** (places - fives);
  if (scaled > SAFE) return toFixedTrimmed(x, places);
  const digits = String(scaled).padStart(places + 1, '0');
  return `${n < 0 ? '-' : ''}${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

function toFixedTrimmed(x: Q, places: number): string {
  return toFixed(x, places)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
}
