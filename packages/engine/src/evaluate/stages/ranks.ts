import { Q } from '../../exact/q.ts';
import type { Value } from '../../formula/ast.ts';
import { rankGroup, type RankInfo } from '../ranking.ts';
import type { Run } from './run.ts';

/** Stage 3, ranks: each group ranked once per period by the pack's keys, from the scores. */
export class Ranks {
  private readonly byGroup = new Map<string, Map<number, RankInfo>>();

  /** The unit's place in its group in period `p`; the whole group is ranked the first time one is asked. */
  info(rt: Run, p: number, u: number): RankInfo {
    const key = `${p}|${rt.groupOf(u)}`;
    let r = this.byGroup.get(key);
    if (r === undefined) {
      r = rankGroup(rt, rt.cp.ranking, p, rt.groupMembers(u));
      this.byGroup.set(key, r);
    }
    return r.get(u) as RankInfo;
  }
}

/** rank, unitsRankedBelow, unitsRankedAbove and rankedCount as formulas read them; null for other names. */
export function rankFact(rt: Run, p: number, u: number, name: string): Value {
  const r = rt.rankInfo(p, u);
  const n = name === 'rank' ? r.rank : name === 'unitsRankedBelow' ? r.below : name === 'unitsRankedAbove' ? r.above : name === 'rankedCount' ? r.ranked : null;
  return n === null ? null : new Q(n);
}
