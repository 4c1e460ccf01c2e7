import type { RunResult } from '@kaoping/contracts';
import type { FastRun } from '../src/index.ts';

/** What every implementation returns: per group, the rank of each unit and the two lists. */
export interface Outcome {
  readonly groups: Record<string, { ranks: Record<string, number | null>; present: string[]; statement: string[] }>;
}

/** The outcome part of a Kaoping run result. */
export function fromRun(r: RunResult): Outcome {
  return {
    groups: Object.fromEntries(
      r.groups.map((g) => [
        g.id,
        {
          ranks: Object.fromEntries(g.units.map((u) => [u.unitId, u.rank])),
          present: g.lists['present'] ?? [],
          statement: g.lists['statement'] ?? [],
        },
      ]),
    ),
  };
}

/** How far two outcomes agree: equal ranks out of all, and whether every list is the same. */
export function agreement(a: Outcome, b: Outcome): { sameRanks: number; allRanks: number; listsEqual: boolean } {
  let sameRanks = 0;
  let allRanks = 0;
  let listsEqual = true;
  for (const [g, x] of Object.entries(a.groups)) {
    const y = b.groups[g];
    for (const [id, r] of Object.entries(x.ranks)) {
      allRanks++;
      if (y?.ranks[id] === r) sameRanks++;
    }
    if (JSON.stringify([x.present, x.statement]) !== JSON.stringify([y?.present, y?.statement])) listsEqual = false;
  }
  return { sameRanks, allRanks, listsEqual };
}

/** The outcome of a fast run, read from its compact arrays (no result object is built). */
export function fromFast(run: FastRun, groupIds: readonly string[]): Outcome {
  if (run.fallback !== null) return fromRun(run.result());
  const id = (u: number) => run.unitIds[u] ?? '';
  return {
    groups: Object.fromEntries(
      run.groups.map((g, k) => {
        const ranks: Record<string, number | null> = {};
        g.members.forEach((u, j) => {
          ranks[id(u)] = g.rank[j] === 0 ? null : (g.rank[j] ?? null);
        });
        const list = (name: string) => Array.from(g.lists.find((l) => l.id === name)?.members ?? [], (j) => id(g.members[j] ?? -1));
        return [groupIds[k] ?? '', { ranks, present: list('present'), statement: list('statement') }];
      }),
    ),
  };
}
