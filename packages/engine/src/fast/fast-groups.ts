import type { CompiledPack } from '../compile/compiled.ts';
import type { PeriodInfo } from '../evaluate/calendar.ts';
import type { Columns } from './columns.ts';
import { compileFastCondition } from './compile-node.ts';
import { GroupFacts } from './group-facts.ts';
import { type FNode, T, Unsupported } from './node.ts';
import { takeBack } from './pool.ts';
import { type GroupRanks, rankColumns } from './rank-group.ts';
import type { EventTotals } from './sources.ts';
import type { RunState } from '../evaluate/run-state.ts';

/** One list's entries in a group: member positions in result order, with the reasons that held. */
export interface FastList {
  readonly id: string;
  readonly members: Int32Array;
  readonly reasons: readonly (readonly string[])[];
  /** Per entry, the indices of the list's rules that held (amounts and notes are read from them). */
  readonly rules: readonly (readonly number[])[];
}

/** A group's decisions as compact arrays. `rank` is 0 for a member that is not ranked. */
export interface FastGroup {
  readonly members: Int32Array;
  readonly rank: Int32Array;
  readonly below: Int32Array;
  readonly ranked: number;
  /** Member positions in result order: by rank then unit id, the unranked last by id. */
  readonly order: Int32Array;
  readonly lists: readonly FastList[];
  /** Facts the exact engine computed member by member (formulas the column compiler does not take). */
  readonly exactFacts: readonly string[];
}

/**
 * Member positions by rank (ranks run from 1 to at most n + 1; 0, unranked, goes last), then by unit id
 * within a rank: a counting sort by rank, and the ids compared only among members that share one.
 */
function resultOrder(cols: Columns, members: Int32Array, rank: Int32Array): Int32Array {
  const n = members.length;
  const unranked = n + 2;
  const bucket = (j: number): number => (rank[j] === 0 ? unranked : rank[j]!);
  const starts = new Int32Array(unranked + 2);
  for (let j = 0; j < n; j++) starts[bucket(j) + 1]!++;
  for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
  const pos = new Int32Array(n);
  const next = starts.slice();
  for (let j = 0; j < n; j++) pos[next[bucket(j)]!++] = j;
  const id = (j: number) => cols.data.units[members[j]!]!.id;
  for (let b = 0; b <= unranked; b++) {
    if (starts[b + 1]! - starts[b]! > 1) pos.subarray(starts[b], starts[b + 1]).sort((x, y) => (id(x) < id(y) ? -1 : id(x) > id(y) ? 1 : 0));
  }
  return pos;
}

/** Decides one group: ranks, then every list rule as a boolean column. */
export function decideGroup(
  cp: CompiledPack,
  cols: Columns,
  g: number,
  period: PeriodInfo,
  p: number,
  events: EventTotals,
  exact: (() => RunState) | null = null,
): FastGroup {
  try {
    return decide(cp, cols, g, period, p, events, exact);
  } finally {
    takeBack();
  }
}

function decide(cp: CompiledPack, cols: Columns, g: number, period: PeriodInfo, p: number, events: EventTotals, exact: (() => RunState) | null): FastGroup {
  const members = cols.groupUnits[g]!;
  const gf = new GroupFacts(cp, cols, g, members, period, p, events);
  gf.exact = exact;
  let ranks: GroupRanks | null = null;
  gf.ranks = rankColumns(gf, (r) => {
    ranks = r;
  });
  gf.ranks();
  const r = ranks as GroupRanks | null;
  if (r === null) throw new Unsupported('排名');
  const order = resultOrder(cols, members, r.rank);
  const scope = gf.unitScope();
  const lists = cp.lists.map((list, k) => {
    const rules = list.rules.flatMap((rule, r): { reason: string; r: number; when: FNode }[] => {
      if (rule.groups !== null && !rule.groups.has(g)) return [];
      const when = gf.orExact(
        '名单条件',
        () => compileFastCondition(cp.pack.lists![k]!.rules[r]!.when, scope),
        (rt, u) => rule.when(rt.ctx(p, u)) === true,
      );
      return [{ reason: rule.reason, r, when }];
    });
    const hit = rules.map((x) => (x.when.t === 'b' ? x.when.bits() : null));
    const picked: number[] = [];
    const reasons: string[][] = [];
    const held: number[][] = [];
    for (const j of order) {
      let rs: string[] | null = null;
      let hs: number[] | null = null;
      for (let k = 0; k < rules.length; k++) {
        if (hit[k]?.[j] !== T) continue;
        (rs ??= []).push(rules[k]!.reason);
        (hs ??= []).push(rules[k]!.r);
      }
      if (rs !== null && hs !== null) {
        picked.push(j);
        reasons.push(rs);
        held.push(hs);
      }
    }
    return { id: list.id, members: Int32Array.from(picked), reasons, rules: held };
  });
  return { members, rank: r.rank, below: r.below, ranked: r.ranked, order, lists, exactFacts: gf.exactFacts };
}
