import type { Dataset } from '@kaoping/contracts';
import { BONUS_CAP, BONUS_POINTS, GROUPS, INDICATORS, TIERS, WEIGHT } from './district.ts';
import type { Outcome } from './outcome.ts';

const N_IND = INDICATORS.length;

/** Ranks one group's eligible units by cents, desc (1, 2, 2, 4), and fills both lists. */
function rankGroup(ids: readonly string[], members: number[], cents: Float64Array, missed: Int32Array): Outcome['groups'][string] {
  members.sort((a, b) => cents[b]! - cents[a]! || a - b);
  const ranks: Record<string, number | null> = {};
  const rank = new Int32Array(members.length);
  for (let k = 0; k < members.length; k++) rank[k] = k > 0 && cents[members[k]!] === cents[members[k - 1]!] ? rank[k - 1]! : k + 1;
  const present: string[] = [];
  const statement: string[] = [];
  let end = members.length;
  for (let k = members.length - 1; k >= 0; k--) {
    if (k < members.length - 1 && rank[k] !== rank[k + 1]) end = k + 1;
    const u = members[k]!;
    ranks[ids[u]!] = rank[k]!;
    if (rank[k]! <= 3) present.push(ids[u]!);
    if (members.length - end < 2 && missed[u]! > 0) statement.push(ids[u]!);
  }
  return { ranks, present: present.reverse(), statement: statement.reverse() };
}

/** The lean peer's data: typed arrays indexed by unit and indicator number, one pass over each input table. */
export interface LeanData {
  n: number;
  ids: string[];
  groups: number[];
  target: Float64Array;
  actual: Float64Array;
  bonus: Float64Array;
  vetoed: Uint8Array;
}

export function leanIndex(data: Dataset): LeanData {
  const n = data.units.length;
  const unit = new Map<string, number>();
  const ids = data.units.map((u, k) => {
    unit.set(u.id, k);
    return u.id;
  });
  const ind = new Map(INDICATORS.map((id, k) => [id, k]));
  const group = new Map(GROUPS.map((g, k) => [g, k]));
  const groups = data.units.map((u) => group.get(u.group ?? '')!);
  const target = new Float64Array(n * N_IND);
  const actual = new Float64Array(n * N_IND);
  const bonus = new Float64Array(n);
  const vetoed = new Uint8Array(n);
  for (const t of data.targets) target[unit.get(t.unitId)! * N_IND + ind.get(t.indicator)!] = Number(t.value);
  for (const r of data.reports) actual[unit.get(r.unitId)! * N_IND + ind.get(r.indicator)!]! += Number(r.value);
  for (const e of data.events) {
    const u = unit.get(e.unitId)!;
    if (e.kind === 'veto') vetoed[u] = 1;
    if (e.code === 'B') bonus[u]! += Number(e.count);
  }
  return { n, ids, groups, target, actual, bonus, vetoed };
}

/** The lean peer's rules on its indexed data: scores in floats, ranks and lists. */
export function leanDecide({ n, ids, groups, target, actual, bonus, vetoed }: LeanData): Outcome {
  const cents = new Float64Array(n);
  const missed = new Int32Array(n);
  const members: number[][] = GROUPS.map(() => []);
  for (let u = 0; u < n; u++) {
    let points = 0;
    let weights = 0;
    for (let k = 0; k < N_IND; k++) {
      const t = target[u * N_IND + k]!;
      if (t === 0) continue;
      const c = actual[u * N_IND + k]! / t;
      const w = WEIGHT(k);
      weights += w;
      points += w * (c >= TIERS[0][0] ? TIERS[0][1] : c >= TIERS[1][0] ? TIERS[1][1] : c >= TIERS[2][0] ? TIERS[2][1] : 0);
      if (c < 1) missed[u]!++;
    }
    const total = (weights > 0 ? (points * 100) / weights : 0) + Math.min(bonus[u]! * BONUS_POINTS, BONUS_CAP);
    cents[u] = Math.round(total * 100);
    if (vetoed[u] === 0) members[groups[u]!]!.push(u);
  }
  const out: Outcome['groups'] = {};
  GROUPS.forEach((g, k) => {
    const r = rankGroup(ids, members[k]!, cents, missed);
    for (let u = 0; u < n; u++) if (groups[u] === k && vetoed[u] === 1) r.ranks[ids[u]!] = null;
    out[g] = r;
  });
  return { groups: out };
}

/**
 * The lean hand-written peer: what a good engineer would write for exactly this scheme, in floats.
 * Typed arrays indexed by unit and indicator number, one pass over each input table.
 */
export function leanPeer(data: Dataset): Outcome {
  return leanDecide(leanIndex(data));
}
