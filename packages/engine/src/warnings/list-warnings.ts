import { PackWarningCode, type Condition, type PackWarning, type RulePack } from '@kaoping/contracts';
import { parseDecimal } from '../exact/q.ts';
import { FULL, intersect, isEmpty, leafInterval, numericLeaves, type Interval } from './interval.ts';

/** Ranges built-in unit facts can take: a rule asking for anything else can never hold. */
const BUILTIN_RANGES: Readonly<Record<string, Interval>> = {
  rank: { ...FULL, lo: { v: parseDecimal(1), inc: true } },
  unitsRankedBelow: { ...FULL, lo: { v: parseDecimal(0), inc: true } },
  unitsRankedAbove: { ...FULL, lo: { v: parseDecimal(0), inc: true } },
  rankedCount: { ...FULL, lo: { v: parseDecimal(0), inc: true } },
  groupSize: { ...FULL, lo: { v: parseDecimal(1), inc: true } },
};

/** Why the literal comparisons of one `all` cannot hold together, or null when they can. */
function contradiction(when: Condition): string | null {
  const leaves = numericLeaves(when) ?? [];
  const byFact = new Map<string, Interval>();
  for (const { leaf, v } of leaves) {
    const key = leaf.path === undefined ? leaf.fact : `${leaf.fact}${leaf.path.slice(1)}`;
    const range = intersect(byFact.get(key) ?? BUILTIN_RANGES[key] ?? FULL, leafInterval(leaf.operator, v) ?? FULL);
    if (isEmpty(range)) return `对 ${key} 的比较互相矛盾（或超出其取值范围）`;
    byFact.set(key, range);
  }
  const parts = 'all' in when ? when.all : [when];
  const bools = new Map<string, boolean>();
  for (const p of parts) {
    if (!('fact' in p) || p.operator !== 'equal' || typeof p.value !== 'boolean') continue;
    const key = `${p.fact}${p.path ?? ''}`;
    if (bools.has(key) && bools.get(key) !== p.value) return `${p.fact} 不能同时等于 true 和 false`;
    bools.set(key, p.value);
  }
  return null;
}

/** List rules whose literal comparisons can never all hold. */
export function listWarnings(pack: RulePack): PackWarning[] {
  return (pack.lists ?? []).flatMap((l, i) =>
    l.rules.flatMap((r, j) => {
      const why = contradiction(r.when);
      return why === null
        ? []
        : [
            {
              code: PackWarningCode.RULE_NEVER_HOLDS,
              pointer: `/lists/${i}/rules/${j}/when`,
              message: `名单 ${l.name} 的规则 ${r.reason} 永远不会成立：${why}`,
            },
          ];
    }),
  );
}
