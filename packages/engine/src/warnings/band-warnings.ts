import { PackWarningCode, type LightBand, type PackWarning, type RulePack } from '@kaoping/contracts';
import { parseDecimal } from '../exact/q.ts';
import { FULL, intersect, leafInterval, numericLeaves, showInterval, type Bound, type Interval } from './interval.ts';

/** A band's range on one fact when its condition is an `all` of numeric literal comparisons on it. */
function bandRange(b: LightBand): { fact: string; range: Interval } | null {
  const leaves = numericLeaves(b.when);
  const parts = b.when === undefined ? [] : 'all' in b.when ? b.when.all : [b.when];
  if (leaves === null || leaves.length === 0 || leaves.length !== parts.length) return null;
  const fact = leaves[0]?.leaf.fact ?? '';
  if (leaves.some((x) => x.leaf.fact !== fact || x.leaf.path !== undefined)) return null;
  return { fact, range: leaves.reduce((r, x) => intersect(r, leafInterval(x.leaf.operator, x.v) ?? FULL), FULL) };
}

const lower = (a: Bound, b: Bound): number => (a.v === null ? (b.v === null ? 0 : -1) : b.v === null ? 1 : a.v.compare(b.v) || Number(b.inc) - Number(a.inc));

/** Uncovered ranges of [0, +∞) when every band reads as a range on the same fact (else none). */
function bandGaps(bands: readonly LightBand[]): { fact: string; gaps: Interval[] } | null {
  const read = bands.map(bandRange);
  if (read.length === 0 || read.some((r) => r === null)) return null;
  const items = read as { fact: string; range: Interval }[];
  const fact = items[0]?.fact ?? '';
  if (items.some((r) => r.fact !== fact)) return null;
  const gaps: Interval[] = [];
  // Everything below `reach` is covered; reach.inc says whether reach.v itself is.
  let reach: Bound | null = { v: parseDecimal(0), inc: false };
  for (const { lo, hi } of items.map((x) => x.range).sort((a, b) => lower(a.lo, b.lo))) {
    if (reach === null) break;
    if (lo.v !== null && reach.v !== null) {
      const c = lo.v.compare(reach.v);
      if (c > 0 || (c === 0 && !reach.inc && !lo.inc)) gaps.push({ lo: { v: reach.v, inc: !reach.inc }, hi: { v: lo.v, inc: !lo.inc } });
    }
    if (hi.v === null) reach = null;
    else if (reach.v !== null && (hi.v.compare(reach.v) > 0 || (hi.v.equals(reach.v) && hi.inc))) reach = hi;
  }
  if (reach !== null) gaps.push({ lo: { v: reach.v, inc: !reach.inc }, hi: { v: null, inc: false } });
  return { fact, gaps };
}

/** Light bands that leave values of their fact without a light. */
export function bandWarnings(pack: RulePack): PackWarning[] {
  return pack.indicators.flatMap((ind, k) => {
    const found = bandGaps(ind.light?.bands ?? []);
    return (found?.gaps ?? []).map((g) => ({
      code: PackWarningCode.LIGHT_BAND_GAP,
      pointer: `/indicators/${k}/light/bands`,
      message: `指标 ${ind.id}（${ind.name}）的亮灯区间有空档：${found?.fact ?? ''} 在 ${showInterval(g)} 时不亮任何灯`,
    }));
  });
}
