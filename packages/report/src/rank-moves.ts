import type { RunResult } from '@kaoping/contracts';
import { diffResults } from './result-diff.ts';

/**
 * 位次变化 per unit id (previous rank minus this rank; null when either is missing). The engine's previousRank
 * when the result has it, whether or not that run is stored; results stored before the engine gave
 * previousRank fall back to `previous` (the preceding stored run), else to no moves.
 */
export function rankMoves(result: RunResult, previous: RunResult | null): Record<string, number | null> {
  const units = result.groups.flatMap((g) => g.units);
  if (units.some((u) => u.previousRank !== undefined)) {
    return Object.fromEntries(
      units.map((u) => [u.unitId, u.rank === null || u.previousRank === null || u.previousRank === undefined ? null : u.previousRank - u.rank]),
    );
  }
  if (previous === null) return {};
  return Object.fromEntries(diffResults(previous, result).groups.flatMap((g) => g.units.map((u) => [u.unitId, u.move])));
}
