import type { RulePack } from '@kaoping/contracts';
import { parseDecimal } from '../exact/q.ts';
import type { Collector } from './collector.ts';
import type { CompiledAdjustment, CompiledRanking } from './compiled.ts';
import type { CompiledFormula } from './compiled-formula.ts';
import { adjustmentSum, DEFAULT_BASE, DEFAULT_ELIGIBLE, defaultTotal } from './defaults.ts';
import { unitScope, type UnitNames } from './scopes.ts';

/** base, total, the adjustment sums and the pack's own unit facts. */
export function compileUnitFormulas(pack: RulePack, names: UnitNames, c: Collector): Map<string, CompiledFormula> {
  const scope = unitScope(names);
  const out = new Map<string, CompiledFormula>([
    ['base', c.formula(pack.base ?? DEFAULT_BASE, scope, '/base')],
    ['total', c.formula(pack.total ?? defaultTotal(pack), scope, '/total')],
    ['bonusTotal', c.formula(adjustmentSum(pack, 'bonus'), scope, '/adjustments')],
    ['deductionTotal', c.formula(adjustmentSum(pack, 'deduction'), scope, '/adjustments')],
  ]);
  (pack.facts ?? []).forEach((f, k) => out.set(f.id, c.formula(f.formula, scope, `/facts/${k}/formula`)));
  return out;
}

export function compileAdjustments(pack: RulePack, names: UnitNames, c: Collector): CompiledAdjustment[] {
  const scope = unitScope(names);
  return (pack.adjustments ?? []).map((a, k) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    cap: a.cap === undefined ? null : parseDecimal(a.cap),
    items: a.items.map((it, j) => ({
      id: it.id,
      name: it.name,
      points: parseDecimal(it.points),
      count: it.count === undefined ? null : c.formula(it.count, scope, `/adjustments/${k}/items/${j}/count`),
    })),
  }));
}

export function compileRanking(pack: RulePack, names: UnitNames, c: Collector): CompiledRanking {
  const scope = unitScope(names);
  const vetoPlacement = pack.veto?.placement ?? 'unranked';
  if (pack.ranking === undefined) return { eligible: c.formula('false', scope, '/ranking'), keys: [], vetoPlacement };
  return {
    vetoPlacement,
    eligible: c.formula(pack.ranking.eligible ?? DEFAULT_ELIGIBLE, scope, '/ranking/eligible'),
    keys: pack.ranking.keys.map((key, k) => ({
      get: c.formula(key.formula, scope, `/ranking/keys/${k}/formula`),
      order: key.order,
      round: key.round ?? null,
      label: key.label ?? String(key.formula),
    })),
  };
}
