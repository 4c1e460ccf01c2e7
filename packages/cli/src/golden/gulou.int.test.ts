import type { GroupResult, RunResult, UnitResult } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { fixed, int, readExpected, runPack } from './golden-helpers.ts';

const PROJECT_INDICATORS: Record<string, string[]> = {
  K1: ['landed'],
  K2: ['yiStarted'],
  K3: ['yiCompleted'],
  K4: ['serviceStarted', 'serviceCompleted'],
  K5: ['foreignLanded'],
  B1: ['tenYiStarted'],
};

function indicators(u: UnitResult) {
  return Object.fromEntries(
    Object.entries(u.indicators).map(([k, ind]) => {
      const base = { A: ind.exact['actual'], T: ind.exact['target'] ?? '0', applicable: ind.applicable };
      if (!ind.applicable) return [k, { ...base, plan: null, r: null, score: null }];
      const rankPart = 'position' in ind.facts ? { k6_rank: int(ind.facts['position']), factor: ind.facts['factor'] } : {};
      return [
        k,
        {
          ...base,
          plan: ind.exact['plan'],
          r: ind.exact['completion'],
          r_4dp: fixed(ind.exact['completion'], 4),
          score: ind.score,
          score_exact: ind.exact['score'],
          ...rankPart,
        },
      ];
    }),
  );
}

function ranking(u: UnitResult) {
  return {
    unit_id: u.unitId,
    name: u.name,
    rank: u.rank,
    vetoed: u.vetoed,
    indicators: indicators(u),
    base: u.base,
    base_exact: u.exact['base'],
    bonus_raw: u.adjustments['bonus']?.raw,
    bonus: u.adjustments['bonus']?.value,
    deduction_raw: u.adjustments['deduction']?.raw,
    deduction: u.adjustments['deduction']?.value,
    total: u.total,
    total_exact: u.exact['total'],
    A4: int(u.facts['A4']),
    k4_done: u.facts['k4Done'],
    tasks_done: u.facts['tasksDone'],
    missed_indicators: u.facts['missed'],
    units_ranked_below: u.unitsRankedBelow,
  };
}

function list(g: GroupResult, id: string) {
  return (g.listEntries[id] ?? []).map((e) => ({ unit_id: e.unitId, name: g.units.find((u) => u.unitId === e.unitId)?.name, reason: e.reasons[0] }));
}

function run(r: RunResult) {
  return {
    run: r.period.id,
    as_of: r.asOf,
    months: Number(r.asOf.slice(5, 7)),
    S: r.period.timeProgress,
    groups: Object.fromEntries(r.groups.map((g) => [g.name, { ranking: g.units.map(ranking), 介绍经验: list(g, 'present'), 表态发言: list(g, 'statement') }])),
  };
}

/** K4 lists each project's start (开) before its completion (竣), in project order. */
function projectCounts(r: RunResult, projectOrder: string[]) {
  return Object.fromEntries(
    r.groups
      .flatMap((g) => g.units)
      .map((u) => [
        u.unitId,
        Object.fromEntries(
          Object.entries(PROJECT_INDICATORS).map(([k, measures]) => {
            const tagged = measures.flatMap((m, t) => (u.measures[m]?.items ?? []).map((id) => ({ id, t, tag: measures.length > 1 ? ['开', '竣'][t] : '' })));
            tagged.sort((a, b) => projectOrder.indexOf(a.id) - projectOrder.indexOf(b.id) || a.t - b.t);
            return [k, { count: tagged.length, projects: tagged.map((x) => x.id + x.tag) }];
          }),
        ),
      ]),
  );
}

describe('golden: case-gulou-q2 (R-GL2021)', () => {
  const { data, runs } = runPack('gulou-2021', ['2021-03-31', '2021-06-30']);
  const [q1, q2] = runs as [RunResult, RunResult];
  const projectOrder = data.projects.map((p) => p.id);
  const units = q2.groups.flatMap((g) => g.units.map((u) => ({ u, g })));
  const rankQ1 = new Map(q1.groups.flatMap((g) => g.units.map((u) => [u.unitId, u.rank])));
  const actual = {
    case: 'case-gulou-q2',
    rule_set: 'R-GL2021',
    runs: runs.map(run),
    rank_change: Object.fromEntries(
      data.units.map((unit) => {
        const hit = units.find((x) => x.u.unitId === unit.id);
        return [unit.id, { name: unit.name, group: hit?.g.name, rank_q1: rankQ1.get(unit.id), rank_q2: hit?.u.rank, change: int(hit?.u.facts['rankChange']) }];
      }),
    ),
    project_counts: Object.fromEntries(runs.map((r) => [r.period.id, projectCounts(r, projectOrder)])),
  };

  it('reproduces expected.json in full', () => {
    expect(actual).toEqual(readExpected('gulou-2021'));
  });

  it("gives each unit the previous period's rank, the same number as its own 位次变化 explanation", () => {
    const q2 = runs[1];
    const units = q2?.groups.flatMap((g) => g.units) ?? [];
    expect(units.length).toBeGreaterThan(0);
    for (const u of units) {
      const change = u.rank === null || u.previousRank === null || u.previousRank === undefined ? null : String(u.previousRank - u.rank);
      expect(u.facts['rankChange'] ?? null, u.unitId).toBe(change);
    }
    expect(runs[0]?.groups[0]?.units[0]?.previousRank).toBeUndefined();
  });

  it('explains a 表态发言 entry with the rank position and the missed task', () => {
    const lines = q2.trace?.['J03'] ?? [];
    const statement = lines.find((l) => l.key === 'list.statement')?.text ?? '';
    expect(statement).toContain('其后单位数 1 小于 2 ✓');
    expect(statement).toContain('服务业开竣工合计数任务完成 否 等于 否 ✓');
    expect(lines.find((l) => l.key === 'K4.actual')?.text).toContain('P017');
  });
});
