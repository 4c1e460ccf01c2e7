/** What a ranking table shows in its 排名 cell for one unit. */
export interface RankedUnit {
  readonly rank: number | null;
  readonly vetoed: boolean;
}

/** The Chinese marker of a vetoed unit, in every table, list and 通报. */
export const VETO_MARK = '一票否决';

/**
 * The 排名 cell: the rank, `4（一票否决）` for a vetoed unit placed last, `一票否决` for a vetoed
 * unit that is not ranked, and empty for any other unranked unit.
 */
export function rankLabel(unit: RankedUnit): string {
  if (unit.rank === null) return unit.vetoed ? VETO_MARK : '';
  return unit.vetoed ? `${unit.rank}（${VETO_MARK}）` : String(unit.rank);
}
