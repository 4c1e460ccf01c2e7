import type { CompiledRanking } from '../compile/compiled.ts';
import { isQ, roundHalfUp } from '../exact/q.ts';
import type { Value } from '../formula/ast.ts';
import type { Ctx, Runtime } from '../formula/runtime.ts';
import { compareValues } from '../formula/values.ts';

/** A unit's place in its group: rank null when it is not ranked (e.g. vetoed with placement `unranked`). */
export interface RankInfo {
  readonly rank: number | null;
  readonly below: number | null;
  readonly above: number | null;
  readonly ranked: number;
  readonly keys: readonly Value[];
}

/** Compares key tuples in order; a missing number sorts after every number. */
function compareKeys(a: readonly Value[], b: readonly Value[], orders: readonly ('desc' | 'asc')[]): number {
  for (let k = 0; k < orders.length; k++) {
    const x = a[k] ?? null;
    const y = b[k] ?? null;
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
      continue;
    }
    const c = compareValues(x, y) ?? 0;
    if (c !== 0) return orders[k] === 'desc' ? -c : c;
  }
  return 0;
}

/**
 * Standard competition ranking (1, 2, 2, 4) of one group's eligible units by the pack's keys,
 * each rounded half-up first where the pack says so.
 */
export function rankGroup(rt: Runtime, ranking: CompiledRanking, p: number, members: readonly number[]): Map<number, RankInfo> {
  const rows = members.map((u) => {
    const ctx: Ctx = { rt, p, u, i: -1, row: null };
    const keys = ranking.keys.map((k) => {
      const v = k.get.get(ctx);
      return k.round !== null && isQ(v) ? roundHalfUp(v, k.round) : v;
    });
    return { u, keys, eligible: ranking.eligible.get(ctx) === true };
  });
  const orders = ranking.keys.map((k) => k.order);
  const ranked = rows.filter((r) => r.eligible).sort((a, b) => compareKeys(a.keys, b.keys, orders) || a.u - b.u);
  const out = new Map<number, RankInfo>();
  let rank = 0;
  ranked.forEach((r, k) => {
    const prev = ranked[k - 1];
    if (prev === undefined || compareKeys(prev.keys, r.keys, orders) !== 0) rank = k + 1;
    out.set(r.u, { rank, below: 0, above: rank - 1, ranked: ranked.length, keys: r.keys });
  });
  const last = lastPlaced(
    rt,
    ranking,
    p,
    rows.filter((r) => !r.eligible).map((r) => r.u),
  );
  const count = ranked.length + last.length;
  const upTo = new Map<number | null, number>();
  ranked.forEach((r, k) => upTo.set(out.get(r.u)?.rank ?? null, k + 1));
  for (const [u, info] of out) out.set(u, { ...info, below: count - (upTo.get(info.rank) ?? 0), ranked: count });
  const keysOf = new Map(rows.map((r) => [r.u, r.keys]));
  for (const u of last) out.set(u, { rank: ranked.length + 1, below: 0, above: ranked.length, ranked: count, keys: keysOf.get(u) ?? [] });
  for (const r of rows) if (!out.has(r.u)) out.set(r.u, { rank: null, below: null, above: null, ranked: count, keys: r.keys });
  return out;
}

/** With `veto.placement: "last"`, the ineligible units that are vetoed: they share the rank after all others. */
function lastPlaced(rt: Runtime, ranking: CompiledRanking, p: number, ineligible: readonly number[]): number[] {
  if (ranking.vetoPlacement !== 'last' || ranking.keys.length === 0) return [];
  return ineligible.filter((u) => rt.unitFact(p, u, 'vetoed') === true);
}
