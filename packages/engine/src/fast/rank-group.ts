import { compareValues } from '../formula/values.ts';
import { compileNode } from './compile-node.ts';
import { order } from './compare.ts';
import { round } from './functions.ts';
import type { GroupFacts, RankColumns } from './group-facts.ts';
import { type Col, type FNode, type NumNode, numNode, T, Unsupported } from './node.ts';

/** A group's ranking: competition ranks per member (0 = not ranked) and how many were ranked. */
export interface GroupRanks {
  readonly rank: Int32Array;
  readonly below: Int32Array;
  readonly ranked: number;
}

/** Compares two members key by key: null after every number; near ties are settled on exact values. */
export function comparer(keys: readonly FNode[], cols: readonly Col[], desc: readonly boolean[]) {
  if (keys.length === 1 && cols[0]!.e === null) return exactKey(cols[0]!.v, desc[0]!);
  return (a: number, b: number): number => {
    for (let k = 0; k < keys.length; k++) {
      const { v, e } = cols[k]!;
      const x = v[a]!;
      const y = v[b]!;
      if (Number.isNaN(x) || Number.isNaN(y)) {
        if (Number.isNaN(x) !== Number.isNaN(y)) return Number.isNaN(x) ? 1 : -1;
        continue;
      }
      let c = order(x, e === null ? 0 : e[a]!, y, e === null ? 0 : e[b]!);
      if (c === 2) c = compareValues(keys[k]!.exact(a), keys[k]!.exact(b)) ?? 0;
      if (c !== 0) return desc[k] ? -c : c;
    }
    return 0;
  };
}

/** `comparer` for one key whose values are all exact (a rounded total): the doubles alone order them, null last. */
function exactKey(v: Float64Array, desc: boolean) {
  const sign = desc ? -1 : 1;
  return (a: number, b: number): number => {
    const x = v[a]!;
    const y = v[b]!;
    if (x !== x || y !== y) return x !== x ? (y !== y ? 0 : 1) : -1;
    return x < y ? -sign : x > y ? sign : 0;
  };
}

/** Ranks a group like the exact engine (1, 2, 2, 4 over eligible members, keys rounded first where the pack says). */
function rankGroupFast(gf: GroupFacts): GroupRanks {
  const { cp, n } = gf;
  const scope = gf.unitScope();
  const eligible = gf.orExact(
    '参与排名',
    () => compileNode(cp.ranking.eligible.node, scope),
    (rt, u) => cp.ranking.eligible.get(rt.ctx(gf.p, u)),
  );
  const keys = cp.ranking.keys.map((k) => {
    const node = gf.orExact(
      '排序键',
      () => compileNode(k.get.node, scope),
      (rt, u) => k.get.get(rt.ctx(gf.p, u)),
    );
    if (node.t !== 'n') throw new Unsupported('排序键不是数值');
    return k.round === null ? node : round(node, k.round, n, true);
  });
  const cols = keys.map((k) => k.col());
  const el = eligible.t === 'b' ? eligible.bits() : null;
  const list: number[] = [];
  for (let j = 0; j < n; j++) if (el !== null && el[j] === T) list.push(j);
  const cmp = comparer(
    keys,
    cols,
    cp.ranking.keys.map((k) => k.order === 'desc'),
  );
  list.sort((a, b) => cmp(a, b) || a - b);
  const rank = new Int32Array(n);
  const below = new Int32Array(n);
  for (let k = 0; k < list.length; k++) {
    const j = list[k]!;
    rank[j] = k > 0 && cmp(list[k - 1]!, j) === 0 ? rank[list[k - 1]!]! : k + 1;
  }
  const lastPlaced = vetoedLast(gf, el);
  let last = list.length - 1;
  for (let k = list.length - 1; k >= 0; k--) {
    if (k < list.length - 1 && rank[list[k]!] !== rank[list[k + 1]!]) last = k;
    below[list[k]!] = list.length - 1 - last + lastPlaced.length;
  }
  for (const j of lastPlaced) rank[j] = list.length + 1;
  return { rank, below, ranked: list.length + lastPlaced.length };
}

/** With `veto.placement: "last"`, the members not eligible that are vetoed: they share the rank after all others. */
function vetoedLast(gf: GroupFacts, eligible: Uint8Array | null): number[] {
  if (gf.cp.ranking.vetoPlacement !== 'last' || gf.cp.ranking.keys.length === 0) return [];
  const vetoed = gf.unitFact('vetoed');
  const v = vetoed.t === 'b' ? vetoed.bits() : null;
  const out: number[] = [];
  for (let j = 0; j < gf.n; j++) if ((eligible === null || eligible[j] !== T) && v !== null && v[j] === T) out.push(j);
  return out;
}

function intNode(n: number, f: (j: number) => number): NumNode {
  return numNode(
    () => {
      const v = new Float64Array(n);
      for (let j = 0; j < n; j++) v[j] = f(j);
      return { v, e: null };
    },
    () => null,
  );
}

/** Rank facts as columns (null where a member is not ranked), computed once on first use. */
export function rankColumns(gf: GroupFacts, onRanked: (r: GroupRanks) => void): () => RankColumns {
  let cols: RankColumns | null = null;
  let busy = false;
  return () => {
    if (cols !== null) return cols;
    if (busy) throw new Unsupported('排名依赖自身');
    busy = true;
    const r = rankGroupFast(gf);
    onRanked(r);
    const n = gf.n;
    const ranked = (j: number, x: number) => (r.rank[j] === 0 ? NaN : x);
    cols = {
      rank: intNode(n, (j) => ranked(j, r.rank[j]!)),
      below: intNode(n, (j) => ranked(j, r.below[j]!)),
      above: intNode(n, (j) => ranked(j, r.rank[j]! - 1)),
      rankedCount: intNode(n, () => r.ranked),
    };
    return cols;
  };
}
