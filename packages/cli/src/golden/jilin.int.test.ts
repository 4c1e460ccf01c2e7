import type { GroupResult, RunResult, UnitResult } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { readExpected, runPack } from './golden-helpers.ts';

const CODES = ['E1', 'E2', 'E3', 'E4', 'E5'];

const perIndicator = (u: UnitResult, pick: (k: string) => unknown) => Object.fromEntries(CODES.map((k) => [k, pick(k)]));

function row(u: UnitResult, g: GroupResult) {
  const reward = (g.listEntries['reward'] ?? []).find((e) => e.unitId === u.unitId);
  return {
    cluster_id: u.unitId,
    name: u.name,
    rank: u.rank,
    values: perIndicator(u, (k) => u.indicators[k]?.exact['actual']),
    missing_reported_as_zero: u.facts['missingReported'],
    indicator_scores: perIndicator(u, (k) => u.indicators[k]?.score),
    indicator_scores_exact: perIndicator(u, (k) => u.indicators[k]?.exact['score']),
    score: u.total,
    score_exact: u.exact['total'],
    units_ranked_below: u.unitsRankedBelow,
    bottom2: u.facts['bottom2'],
    revenue_target: u.indicators['E2']?.exact['target'],
    revenue_met: u.facts['revenueMet'],
    reward_wan: reward === undefined ? 0 : Number(reward.amount),
    reward_note: u.facts['rewardNote'],
  };
}

function year(r: RunResult) {
  const g = r.groups[0] as GroupResult;
  const rows = g.units.map((u) => row(u, g));
  return {
    max: perIndicator(g.units[0] as UnitResult, (k) => g.units[0]?.indicators[k]?.facts['best']),
    ranking: rows,
    rewards: rows.filter((x) => x.reward_wan > 0).map((x) => ({ cluster_id: x.cluster_id, rank: x.rank, reward_wan: x.reward_wan })),
    reward_total_wan: rows.reduce((s, x) => s + x.reward_wan, 0),
  };
}

describe('golden: case-jilin-clusters (R-JL2023C)', () => {
  const { data, runs } = runPack('jilin-2023', ['2022-12-31', '2023-12-31']);
  const [y2022, y2023] = runs as [RunResult, RunResult];
  const unitsOf = (r: RunResult) => new Map((r.groups[0]?.units ?? []).map((u) => [u.unitId, u]));
  const u22 = unitsOf(y2022);
  const u23 = unitsOf(y2023);
  const eliminated = y2023.groups[0]?.listEntries['eliminate'] ?? [];
  const actual = {
    case: 'case-jilin-clusters',
    rule_set: 'R-JL2023C',
    years: { 2022: year(y2022), 2023: year(y2023) },
    // The bulletin lists eliminated clusters in ranking order; the reference lists them by cluster id.
    elimination_after_2023: [...eliminated]
      .sort((a, b) => a.unitId.localeCompare(b.unitId))
      .map((e) => ({ cluster_id: e.unitId, name: u23.get(e.unitId)?.name, reasons: e.reasons })),
    elimination_checks: Object.fromEntries(
      data.units.map((unit) => {
        const entry = eliminated.find((e) => e.unitId === unit.id);
        return [
          unit.id,
          {
            revenue_missed: { 2022: u22.get(unit.id)?.facts['revenueMet'] === false, 2023: u23.get(unit.id)?.facts['revenueMet'] === false },
            bottom2: { 2022: u22.get(unit.id)?.facts['bottom2'], 2023: u23.get(unit.id)?.facts['bottom2'] },
            eliminated: entry !== undefined,
            reasons: entry?.reasons ?? [],
          },
        ];
      }),
    ),
  };

  it('reproduces expected.json in full', () => {
    expect(actual).toEqual(readExpected('jilin-2023'));
  });

  it('withholds the 2023 reward of an eliminated cluster and does not pass it on', () => {
    expect(y2023.groups[0]?.listEntries['reward']).toEqual([{ unitId: 'C04', reasons: ['rank_reward'], amount: '30.00', detail: null }]);
    expect(u23.get('C02')?.facts['rewardNote']).toBe('eliminated');
  });
});
