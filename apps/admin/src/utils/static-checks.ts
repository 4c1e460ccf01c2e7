import type { RulePack } from '@kaoping/contracts';
import { isUnconditional, leaves, packConditions } from './condition-walk.ts';
import { factsFor } from './fact-catalog.ts';
import { bandGaps } from './light-bands.ts';

/** A finding shown inline next to the field it is about; `key` is an i18n key under `checks.*`. */
export interface StaticFinding {
  pointer: string;
  severity: 'error' | 'warning';
  key: string;
  params: Record<string, string | number>;
}

const num = (v: number | string): number => (typeof v === 'number' ? v : Number(v));

function weightChecks(pack: RulePack): StaticFinding[] {
  const out: StaticFinding[] = [];
  const indicatorIds = new Set(pack.indicators.map((i) => i.id));
  for (const g of pack.groups) {
    const row = pack.weights[g.id];
    if (!row) {
      out.push({ pointer: '/weights', severity: 'error', key: 'checks.groupNoWeights', params: { group: g.name } });
      continue;
    }
    // Sum in hundredths so 33.33 + 33.33 + 33.34 is exactly 100.
    const sum = Object.values(row).reduce<number>((s, w) => s + Math.round(num(w) * 100), 0) / 100;
    // A declared weightTotal is checked by the engine's packWarnings (WEIGHT_TOTAL).
    if (sum !== 100 && pack.weightTotal === undefined)
      out.push({ pointer: `/weights/${g.id}`, severity: 'warning', key: 'checks.weightSum', params: { group: g.name, sum } });
    for (const id of Object.keys(row)) {
      if (!indicatorIds.has(id)) out.push({ pointer: `/weights/${g.id}/${id}`, severity: 'error', key: 'checks.unknownIndicator', params: { id } });
    }
  }
  // An indicator weighted in no group never counts towards a score: almost always a forgotten weight.
  const weighted = new Set(Object.values(pack.weights).flatMap((row) => Object.keys(row)));
  pack.indicators.forEach((ind, i) => {
    if (!weighted.has(ind.id))
      out.push({ pointer: `/indicators/${i}`, severity: 'warning', key: 'wordsChecks.indicatorNoWeight', params: { id: ind.id, name: ind.name } });
  });
  const groupIds = new Set(pack.groups.map((g) => g.id));
  for (const gid of Object.keys(pack.weights)) {
    if (!groupIds.has(gid)) out.push({ pointer: `/weights/${gid}`, severity: 'error', key: 'checks.unknownGroup', params: { id: gid } });
  }
  return out;
}

function bandChecks(pack: RulePack): StaticFinding[] {
  const out: StaticFinding[] = [];
  pack.indicators.forEach((ind, i) => {
    const bands = ind.light?.bands ?? [];
    const firstCatchAll = bands.findIndex((b) => isUnconditional(b.when));
    bands.forEach((_, j) => {
      if (firstCatchAll >= 0 && j > firstCatchAll)
        out.push({ pointer: `/indicators/${i}/light/bands/${j}`, severity: 'warning', key: 'checks.unreachableBand', params: { n: j + 1 } });
    });
    // Gaps come from the engine's packWarnings (LIGHT_BAND_GAP); overlaps are checked here.
    for (const f of bandGaps(bands).filter((x) => x.kind === 'overlap'))
      out.push({ pointer: `/indicators/${i}/light`, severity: 'warning', key: `checks.band_${f.kind}`, params: { fact: f.fact, at: f.at } });
  });
  return out;
}

function listChecks(pack: RulePack): StaticFinding[] {
  const out: StaticFinding[] = [];
  const groupIds = new Set(pack.groups.map((g) => g.id));
  (pack.lists ?? []).forEach((l, i) => {
    const seen = new Map<string, number>();
    l.rules.forEach((r, j) => {
      const p = `/lists/${i}/rules/${j}`;
      const key = JSON.stringify([r.groups ?? null, r.when]);
      const prev = seen.get(key);
      if (prev !== undefined) out.push({ pointer: p, severity: 'warning', key: 'checks.duplicateRule', params: { n: prev + 1 } });
      else seen.set(key, j);
      for (const g of r.groups ?? [])
        if (!groupIds.has(g)) out.push({ pointer: `${p}/groups`, severity: 'error', key: 'checks.unknownGroup', params: { id: g } });
      const earlierAll = l.rules.slice(0, j).findIndex((x) => isUnconditional(x.when) && x.groups === undefined);
      if (earlierAll >= 0) out.push({ pointer: p, severity: 'warning', key: 'checks.shadowedRule', params: { n: earlierAll + 1 } });
    });
  });
  return out;
}

function factChecks(pack: RulePack): StaticFinding[] {
  const out: StaticFinding[] = [];
  for (const sc of packConditions(pack)) {
    const known = new Set(factsFor(sc.scope, pack).map((f) => f.id));
    for (const { pointer, leaf } of leaves(sc.condition)) {
      if (!known.has(leaf.fact))
        out.push({ pointer: `${sc.pointer}${pointer}/fact`, severity: 'warning', key: 'checks.unknownFact', params: { fact: leaf.fact } });
    }
  }
  return out;
}

/** Checks the JSON Schema cannot express: weight sums, light bands, unknown facts, unreachable rules. */
export function staticChecks(pack: RulePack): StaticFinding[] {
  return [...weightChecks(pack), ...bandChecks(pack), ...listChecks(pack), ...factChecks(pack)];
}
