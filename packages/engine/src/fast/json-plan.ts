import type { CompiledPack } from '../compile/compiled.ts';

/** A key as JSON writes it before its value: `"id":`. */
const key = (k: string): string => `${JSON.stringify(k)}:`;

/**
 * The keys of `Object.fromEntries(entries)` in the order JSON.stringify writes them (integer-like
 * keys first, ascending, then insertion order), each with the entry whose value it keeps (the last
 * one of that key).
 */
function jsonOrder<T>(entries: readonly (readonly [string, T])[]): readonly (readonly [string, T])[] {
  const last = new Map<string, T>();
  for (const [k, v] of entries) last.set(k, v);
  const order = Object.keys(Object.fromEntries(entries.map(([k]) => [k, 0])));
  return order.map((k) => [key(k), last.get(k) as T]);
}

/** The indicator facts a unit's JSON reads, by number (`IND.actual`…). */
const IND_NAMES = ['actual', 'target', 'plan', 'completion', 'score', 'input', 'done', 'light', 'lightBase', 'lightReason', 'weight', 'applicable'] as const;
export const IND = Object.fromEntries(IND_NAMES.map((n, k) => [n, k])) as { readonly [K in (typeof IND_NAMES)[number]]: number };

/** What a unit's JSON writes for a pack, in JSON order, each key already written as JSON. */
export interface JsonPlan {
  /** Per fact of `IND`: its name and memo slot (−1: none, read by name). */
  readonly ind: readonly (readonly [string, number])[];
  /** Per group: its indicators (`"id":`, indicator index). */
  readonly indicators: readonly (readonly (readonly [string, number])[])[];
  /** Per indicator: its custom facts (`"name":`, name). */
  readonly customFacts: readonly (readonly (readonly [string, string])[])[];
  readonly adjustments: readonly (readonly [string, string])[];
  readonly facts: readonly (readonly [string, { id: string; round: number | undefined }])[];
  readonly measures: readonly (readonly [string, string])[];
}

const plans = new WeakMap<CompiledPack, JsonPlan>();

/** The pack's plan, made once. */
export function jsonPlan(cp: CompiledPack): JsonPlan {
  let plan = plans.get(cp);
  if (plan === undefined) {
    plan = {
      ind: IND_NAMES.map((n) => [n, cp.indSlots.get(n) ?? -1] as const),
      indicators: cp.pack.groups.map((_, g) => jsonOrder((cp.groupIndicators[g] ?? []).map((i) => [cp.indicators[i]?.id ?? '', i] as const))),
      customFacts: cp.indicators.map((ind) => jsonOrder(ind.customFacts.map((n) => [n, n] as const))),
      adjustments: jsonOrder(cp.adjustments.map((a) => [a.id, a.id] as const)),
      facts: jsonOrder((cp.pack.facts ?? []).map((x) => [x.id, { id: x.id, round: x.round }] as const)),
      measures: jsonOrder([...cp.measures.keys()].map((id) => [id, id] as const)),
    };
    plans.set(cp, plan);
  }
  return plan;
}
