import type { ListEntry } from '@kaoping/contracts';
import { isQ } from '../../exact/q.ts';
import { factJson, rounded } from '../format.ts';
import { baseLight, escalate, worstLight, type LightState } from '../lights.ts';
import { packScopes } from '../record/pack-scopes.ts';
import { recordCondition } from '../record/record-condition.ts';
import type { Run } from './run.ts';

/**
 * Stage 4, outcomes: what the scores and ranks lead to. The veto, each indicator's light and the
 * unit's worst light, and the outcome lists (which rules each unit meets, with amount and note).
 * Decided here, before the result is written; a traced run records each condition it evaluates.
 */

/** Whether the pack's veto holds for the unit. */
export function vetoed(rt: Run, p: number, u: number): boolean {
  const { veto, pack } = rt.cp;
  if (veto === null || pack.veto === undefined) return false;
  const ctx = rt.ctx(p, u);
  if (rt.records?.period !== p) return veto(ctx) === true;
  const rec = recordCondition(pack.veto.when, packScopes(rt.cp).unit, ctx);
  rt.records.setCondition(u, 'veto', rec);
  return rec.result;
}

const NO_LIGHT: LightState = { base: null, final: null, reason: null };

/** An indicator's light: the first band that holds, escalated when it held for enough periods. */
export function indicatorLight(rt: Run, p: number, u: number, i: number): LightState {
  const spec = rt.cp.indicators[i]?.light ?? null;
  if (spec === null || rt.indFact(p, u, i, 'applicable') !== true) return NO_LIGHT;
  const key = `light|${p}|${u}|${i}`;
  const hit = rt.cache.get(key) as LightState | undefined;
  if (hit !== undefined) return hit;
  const b = baseLight(spec, rt, p, u, i);
  const up = b === null ? null : escalate(spec, rt, p, u, i, b.light);
  const out = { base: b?.light ?? null, final: up?.light ?? b?.light ?? null, reason: up?.reason ?? b?.reason ?? null };
  rt.cache.set(key, out);
  return out;
}

/** The unit's light: the worst of its indicators' lights. */
export function unitLight(rt: Run, p: number, u: number): string | null {
  return worstLight(rt.groupIndicators(u).map((i) => rt.indFact(p, u, i, 'light') as string | null));
}

/** A list rule the unit meets: list k of the pack, its rule j. */
export interface ListHit {
  readonly list: number;
  readonly rule: number;
}

/** The list rules the unit meets in period `p`, in pack order, decided once. */
export function listHits(rt: Run, p: number, u: number): readonly ListHit[] {
  const key = `lists|${p}|${u}`;
  const hit = rt.cache.get(key) as ListHit[] | undefined;
  if (hit !== undefined) return hit;
  const g = rt.groupOf(u);
  const ctx = rt.ctx(p, u);
  const out: ListHit[] = [];
  rt.cp.lists.forEach((list, k) =>
    list.rules.forEach((r, j) => {
      if (r.groups !== null && !r.groups.has(g)) return;
      const when = rt.cp.pack.lists?.[k]?.rules[j]?.when;
      let holds: boolean;
      if (rt.records?.period !== p || when === undefined) holds = r.when(ctx) === true;
      else {
        const rec = recordCondition(when, packScopes(rt.cp).unit, ctx);
        rt.records.setCondition(u, `list.${k}.${j}`, rec);
        holds = rec.result;
      }
      if (holds) out.push({ list: k, rule: j });
    }),
  );
  rt.cache.set(key, out);
  return out;
}

/** Each list's entries among `order` (the group's units in ranking order): reasons, amount and note. */
export function listEntries(rt: Run, p: number, order: readonly number[]): Record<string, ListEntry[]> {
  const dp = rt.cp.pack.rounding.decimals;
  const hits = new Map(order.map((u) => [u, listHits(rt, p, u)]));
  return Object.fromEntries(
    rt.cp.lists.map((list, k) => {
      const entries: ListEntry[] = [];
      for (const u of order) {
        const rules = (hits.get(u) ?? []).filter((h) => h.list === k).map((h) => list.rules[h.rule]!);
        if (rules.length === 0) continue;
        const ctx = rt.ctx(p, u);
        const amount = rules.find((r) => r.amount !== null)?.amount?.get(ctx) ?? null;
        const detail = rules.find((r) => r.detail !== null)?.detail?.get(ctx) ?? null;
        entries.push({
          unitId: rt.data.units[u]?.id ?? '',
          reasons: rules.map((r) => r.reason),
          amount: isQ(amount) ? rounded(amount, dp) : null,
          detail: factJson(detail),
        });
      }
      return [list.id, entries];
    }),
  );
}
