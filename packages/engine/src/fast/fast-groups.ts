import type { CompiledPack } from '../compile/compiled.ts';
import type { PeriodInfo } from '../evaluate/calendar.ts';
import type { Columns } from './columns.ts';
import { compileFastCondition } from './compile-node.ts';
import { GroupFacts } from './group-facts.ts';
import { type FNode, Unsupported } from './node.ts';
import { takeBack } from './pool.ts';
import { type GroupRanks, rankColumns } from './rank-group.ts';
import type { EventTotals } from './sources.ts';

/** One list's entries in a group: member positions in result order, with the reasons that held. */
export interface FastList {
  readonly id: string;
  readonly members: Int32Array;
  readonly reasons: readonly (readonly string[])[];
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
}

function resultOrder(cols: Columns, members: Int32Array, rank: Int32Array): Int32Array {
  const ids = Array.from(members, (u) => cols.data.units[u]!.id);
  const id = (j: number) => ids[j]!;
  const pos = new Array<number>(members.length);
  for (let j = 0; j < pos.length; j++) pos[j] = j;
  pos.sort((a, b) => {
    const ra = rank[a]!;
    const rb = rank[b]!;
    if (ra === 0 || rb === 0) return ra === rb ? (id(a) < id(b) ? -1 : 1) : ra === 0 ? 1 : -1;
    return ra - rb || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);
  });
  return Int32Array.from(pos);
}

/** Decides one group: ranks, then every list rule as a boolean column. */
export function decideGroup(cp: CompiledPack, cols: Columns, g: number, period: PeriodInfo, p: number, events: EventTotals): FastGroup {
  try {
    return decide(cp, cols, g, period, p, events);
  } finally {
    takeBack();
  }
}

function decide(cp: CompiledPack, cols: Columns, g: number, period: PeriodInfo, p: number, events: EventTotals): FastGroup {
  const members = cols.groupUnits[g]!;
  const gf = new GroupFacts(cp, cols, g, members, period, p, events);
  let ranks: GroupRanks | null = null;
  gf.ranks = rankColumns(gf, (r) => { ranks = r; });
  gf.ranks();
  const r = ranks as GroupRanks | null;
  if (r === null) throw new Unsupported('排名');
  const order = resultOrder(cols, members, r.rank);
  const scope = gf.unitScope();
  const lists = cp.lists.map((list) => {
    const rules = list.rules.flatMap((rule): { reason: string; when: FNode }[] => {
      if (rule.amount !== null || rule.detail !== null) throw new Unsupported('名单金额或说明');
      if (rule.groups !== null && !rule.groups.has(g)) return [];
      const k = cp.lists.indexOf(list);
      const j = list.rules.indexOf(rule);
      return [{ reason: rule.reason, when: compileFastCondition(cp.pack.lists![k]!.rules[j]!.when, scope) }];
    });
    const hit = rules.map((x) => (x.when.t === 'b' ? x.when.col().v : null));
    const picked: number[] = [];
    const reasons: string[][] = [];
    for (const j of order) {
      let rs: string[] | null = null;
      for (let k = 0; k < rules.length; k++) if (hit[k]?.[j] === 1) (rs ??= []).push(rules[k]!.reason);
      if (rs !== null) { picked.push(j); reasons.push(rs); }
    }
    return { id: list.id, members: Int32Array.from(picked), reasons };
  });
  return { members, rank: r.rank, below: r.below, ranked: r.ranked, order, lists };
}
