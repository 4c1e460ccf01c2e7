import type { Condition, LightBand } from '@kaoping/contracts';

interface Interval {
  lo: number;
  loIn: boolean;
  hi: number;
  hiIn: boolean;
}

const FULL: Interval = { lo: -Infinity, loIn: false, hi: Infinity, hiIn: false };

function leafInterval(op: string, v: number): Interval | null {
  switch (op) {
    case 'greaterThan':
      return { ...FULL, lo: v, loIn: false };
    case 'greaterThanInclusive':
      return { ...FULL, lo: v, loIn: true };
    case 'lessThan':
      return { ...FULL, hi: v, hiIn: false };
    case 'lessThanInclusive':
      return { ...FULL, hi: v, hiIn: true };
    case 'equal':
      return { lo: v, loIn: true, hi: v, hiIn: true };
    default:
      return null;
  }
}

function intersect(a: Interval, b: Interval): Interval {
  const lo = a.lo > b.lo ? a : a.lo < b.lo ? b : { ...a, loIn: a.loIn && b.loIn };
  const hi = a.hi < b.hi ? a : a.hi > b.hi ? b : { ...a, hiIn: a.hiIn && b.hiIn };
  return { lo: lo.lo, loIn: lo.loIn, hi: hi.hi, hiIn: hi.hiIn };
}

/** The numeric range a band covers on one fact, when its condition is simple enough to read; else null. */
export function bandInterval(when: Condition | undefined): { fact: string; range: Interval } | null {
  if (when === undefined) return null;
  const parts = 'all' in when ? when.all : 'fact' in when ? [when] : null;
  if (parts === null || parts.length === 0) return null;
  let fact: string | null = null;
  let range = FULL;
  for (const p of parts) {
    if (!('fact' in p) || p.path !== undefined) return null;
    const v = typeof p.value === 'number' ? p.value : typeof p.value === 'string' && p.value.trim() !== '' ? Number(p.value) : NaN;
    const iv = Number.isFinite(v) ? leafInterval(p.operator, v) : null;
    if (iv === null || (fact !== null && fact !== p.fact)) return null;
    fact = p.fact;
    range = intersect(range, iv);
  }
  return fact === null ? null : { fact, range };
}

export interface BandFinding {
  kind: 'gap' | 'overlap';
  fact: string;
  at: string;
}

const fmt = (n: number) => (Number.isFinite(n) ? String(n) : n > 0 ? '∞' : '−∞');

/** Gaps and overlaps between bands over [0, ∞) (best effort: only bands on one numeric fact are read). */
export function bandGaps(bands: LightBand[]): BandFinding[] {
  if (bands.length === 0) return [];
  if (bands.some((b) => b.when === undefined || ('all' in b.when && b.when.all.length === 0))) return [];
  const read = bands.map((b) => bandInterval(b.when));
  if (read.some((r) => r === null)) return [];
  const items = read as Array<{ fact: string; range: Interval }>;
  const fact = items[0]?.fact ?? '';
  if (items.some((r) => r.fact !== fact)) return [];
  const sorted = items.map((r) => r.range).sort((a, b) => a.lo - b.lo || Number(b.loIn) - Number(a.loIn));
  const out: BandFinding[] = [];
  let reach = 0;
  let reachIn = false; // whether the point `reach` itself is covered
  let started = false;
  for (const r of sorted) {
    if (r.hi < 0) continue;
    if (r.lo > reach || (r.lo === reach && !r.loIn && !reachIn)) out.push({ kind: 'gap', fact, at: `${fmt(reach)}…${fmt(r.lo)}` });
    else if (started && (r.lo < reach || (r.lo === reach && r.loIn && reachIn)))
      out.push({ kind: 'overlap', fact, at: `${fmt(Math.max(r.lo, 0))}…${fmt(Math.min(r.hi, reach))}` });
    if (r.hi > reach || (r.hi === reach && r.hiIn)) {
      reach = r.hi;
      reachIn = r.hiIn;
    }
    started = true;
  }
  if (reach !== Infinity) out.push({ kind: 'gap', fact, at: `${fmt(reach)}…∞` });
  return out;
}
