import type { Dataset } from '@kaoping/contracts';
import { Engine } from 'json-rules-engine';
import { BONUS_CAP, BONUS_POINTS, GROUPS, INDICATORS, TIERS, WEIGHT } from './district.ts';
import type { Outcome } from './outcome.ts';

interface UnitFacts {
  id: string;
  group: string;
  completion: (number | null)[];
  bonusCount: number;
  vetoCount: number;
}

/** Float facts per unit, as a json-rules-engine user or a hand-written script would prepare them. */
export function unitFacts(data: Dataset): UnitFacts[] {
  const byUnit = new Map(
    data.units.map((u) => [u.id, { id: u.id, group: u.group ?? '', completion: INDICATORS.map(() => null as number | null), bonusCount: 0, vetoCount: 0 }]),
  );
  const target = new Map(data.targets.map((t) => [`${t.unitId}|${t.indicator}`, Number(t.value)]));
  const index = new Map(INDICATORS.map((id, k) => [id, k]));
  for (const r of data.reports) {
    const t = target.get(`${r.unitId}|${r.indicator}`) ?? 0;
    const u = byUnit.get(r.unitId);
    if (u !== undefined && t !== 0) u.completion[index.get(r.indicator) ?? 0] = Number(r.value) / t;
  }
  for (const e of data.events) {
    const u = byUnit.get(e.unitId);
    if (u === undefined) continue;
    if (e.kind === 'veto') u.vetoCount += Number(e.count);
    if (e.code === 'B') u.bonusCount += Number(e.count);
  }
  return [...byUnit.values()];
}

export interface Scored {
  id: string;
  group: string;
  total: number;
  vetoed: boolean;
  missed: number;
}

/** Competition ranking on totals rounded to 2 places, then both lists. */
export function rankAndDecide(scored: Scored[], decide: (s: Scored, rank: number, below: number) => { present: boolean; statement: boolean }): Outcome {
  const groups: Outcome['groups'] = {};
  for (const g of GROUPS) {
    const members = scored.filter((s) => s.group === g);
    const ranked = members
      .filter((s) => !s.vetoed)
      .map((s) => ({ s, key: Math.round(s.total * 100) / 100 }))
      .sort((a, b) => b.key - a.key);
    const ranks: Record<string, number | null> = Object.fromEntries(members.map((s) => [s.id, null]));
    ranked.forEach((x, k) => {
      ranks[x.s.id] = k > 0 && ranked[k - 1]?.key === x.key ? (ranks[ranked[k - 1]?.s.id ?? ''] ?? null) : k + 1;
    });
    const upTo = new Map<number, number>();
    ranked.forEach((x, k) => upTo.set(ranks[x.s.id] ?? 0, k + 1));
    const present: string[] = [];
    const statement: string[] = [];
    for (const x of ranked) {
      const rank = ranks[x.s.id] ?? 0;
      const d = decide(x.s, rank, ranked.length - (upTo.get(rank) ?? 0));
      if (d.present) present.push(x.s.id);
      if (d.statement) statement.push(x.s.id);
    }
    groups[g] = { ranks, present, statement };
  }
  return { groups };
}

function base(points: number, weights: number): number {
  return weights > 0 ? (points * 100) / weights : 0;
}

/** Hand-written JavaScript with floats: the speed we want to come close to. */
export function handWritten(data: Dataset): Outcome {
  const scored = unitFacts(data).map((u) => {
    let points = 0;
    let weights = 0;
    let missed = 0;
    u.completion.forEach((c, k) => {
      if (c === null) return;
      weights += WEIGHT(k);
      points += WEIGHT(k) * (TIERS.find(([at]) => c >= at)?.[1] ?? 0);
      if (c < 1) missed++;
    });
    const total = base(points, weights) + Math.min(u.bonusCount * BONUS_POINTS, BONUS_CAP);
    return { id: u.id, group: u.group, total, vetoed: u.vetoCount > 0, missed };
  });
  return rankAndDecide(scored, (s, rank, below) => ({ present: rank <= 3, statement: below < 2 && s.missed > 0 }));
}

/** json-rules-engine used idiomatically: one rule per indicator and tier, plus bonus, veto and outcome rules. */
export function jsonRulesEngine(): (data: Dataset) => Promise<Outcome> {
  const scoring = new Engine([], { allowUndefinedFacts: true });
  INDICATORS.forEach((id, k) => {
    TIERS.forEach(([at, factor], t) => {
      const upper = TIERS[t - 1]?.[0];
      const all = [{ fact: id, operator: 'greaterThanInclusive', value: at }];
      if (upper !== undefined) all.push({ fact: id, operator: 'lessThan', value: upper });
      scoring.addRule({ conditions: { all }, event: { type: 'score', params: { points: WEIGHT(k) * factor } } });
    });
    scoring.addRule({ conditions: { all: [{ fact: id, operator: 'lessThan', value: 1 }] }, event: { type: 'missed' } });
  });
  scoring.addRule({ conditions: { all: [{ fact: 'bonusCount', operator: 'greaterThan', value: 0 }] }, event: { type: 'bonus' } });
  scoring.addRule({ conditions: { all: [{ fact: 'vetoCount', operator: 'greaterThan', value: 0 }] }, event: { type: 'veto' } });
  const outcomes = new Engine([
    { conditions: { all: [{ fact: 'rank', operator: 'lessThanInclusive', value: 3 }] }, event: { type: 'present' } },
    {
      conditions: {
        all: [
          { fact: 'below', operator: 'lessThan', value: 2 },
          { fact: 'missed', operator: 'greaterThan', value: 0 },
        ],
      },
      event: { type: 'statement' },
    },
  ]);
  return async (data) => {
    const scored: Scored[] = [];
    for (const u of unitFacts(data)) {
      const facts: Record<string, number> = { bonusCount: u.bonusCount, vetoCount: u.vetoCount };
      let weights = 0;
      u.completion.forEach((c, k) => {
        if (c !== null) {
          facts[INDICATORS[k] ?? ''] = c;
          weights += WEIGHT(k);
        }
      });
      const { events } = await scoring.run(facts);
      const points = events.filter((e) => e.type === 'score').reduce((s, e) => s + Number(e.params?.['points'] ?? 0), 0);
      const bonus = events.some((e) => e.type === 'bonus') ? Math.min(u.bonusCount * BONUS_POINTS, BONUS_CAP) : 0;
      scored.push({
        id: u.id,
        group: u.group,
        total: base(points, weights) + bonus,
        vetoed: events.some((e) => e.type === 'veto'),
        missed: events.filter((e) => e.type === 'missed').length,
      });
    }
    const inputs: { s: Scored; rank: number; below: number }[] = [];
    rankAndDecide(scored, (s, rank, below) => {
      inputs.push({ s, rank, below });
      return { present: false, statement: false };
    });
    const decisions = new Map<string, { present: boolean; statement: boolean }>();
    for (const { s, rank, below } of inputs) {
      const { events } = await outcomes.run({ rank, below, missed: s.missed });
      decisions.set(s.id, { present: events.some((e) => e.type === 'present'), statement: events.some((e) => e.type === 'statement') });
    }
    return rankAndDecide(scored, (s) => decisions.get(s.id) ?? { present: false, statement: false });
  };
}
