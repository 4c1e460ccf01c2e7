import type { Q } from '../exact/q.ts';
import type { Value } from '../formula/ast.ts';
import type { Getter } from '../formula/runtime.ts';
import type { Scope, ScopeKind } from '../formula/scope.ts';
import { INDICATOR_BUILTINS, PERIOD_NAMES, UNIT_BUILTINS } from './names.ts';

const periodSet = new Set<string>(PERIOD_NAMES);

function periodGetter(name: string): Getter | null {
  return periodSet.has(name) ? (ctx) => ctx.rt.periodFact(ctx.p, name) : null;
}

/** What the unit scope can see: its own fact names and, per indicator id, that indicator's fact names. */
export interface UnitNames {
  readonly unitFacts: ReadonlySet<string>;
  readonly indicators: ReadonlyMap<string, { index: number; names: ReadonlySet<string> }>;
  /** Union of all indicator fact names, for indicatorSum(…) and friends. */
  readonly anyIndicatorNames: ReadonlySet<string>;
  /** Memo slot of each unit fact and of each indicator fact name. */
  readonly unitSlots: ReadonlyMap<string, number>;
  readonly indSlots: ReadonlyMap<string, number>;
  /** 方案参数: id → value of this run (defaults with overrides), constants to every formula. */
  readonly params: ReadonlyMap<string, Value>;
}

/** Numbers names in order: the memo slot of each. */
export function slotsOf(names: Iterable<string>): Map<string, number> {
  return new Map([...names].map((n, k) => [n, k]));
}

export function unitFactNames(extra: readonly string[]): Set<string> {
  return new Set<string>([...UNIT_BUILTINS, ...extra]);
}

export function indicatorFactNames(extra: readonly string[]): Set<string> {
  return new Set<string>([...INDICATOR_BUILTINS, ...extra]);
}

function memberOf(names: UnitNames): Scope['member'] {
  return (object, prop) => {
    const ind = names.indicators.get(object);
    if (ind === undefined || !ind.names.has(prop)) return null;
    const i = ind.index;
    const slot = names.indSlots.get(prop) as number;
    return (ctx) => ctx.rt.indSlot(ctx.p, ctx.u, i, slot);
  };
}

function unitIdent(names: UnitNames, name: string): Getter | null {
  const slot = names.unitSlots.get(name);
  if (slot !== undefined) return (ctx) => ctx.rt.unitSlot(ctx.p, ctx.u, slot);
  return paramGetter(names.params, name) ?? periodGetter(name);
}

function paramGetter(params: ReadonlyMap<string, Value>, name: string): Getter | null {
  if (!params.has(name)) return null;
  const v = params.get(name) ?? null;
  return () => v;
}

/** `K1.actual` … for every indicator and each of its facts, for error messages. */
function memberNames(names: UnitNames): string[] {
  return [...names.indicators].flatMap(([id, ind]) => [...ind.names].map((n) => `${id}.${n}`));
}

/** An indicator scope for one indicator (own facts and params), falling back to the unit scope. */
export function indicatorScope(names: UnitNames, own: ReadonlySet<string>, params: ReadonlyMap<string, Q>): Scope {
  return {
    kind: 'indicator',
    ident: (name) => {
      const q = params.get(name);
      if (q !== undefined) return () => q;
      const slot = own.has(name) ? names.indSlots.get(name) : undefined;
      if (slot !== undefined) return (ctx) => ctx.rt.indSlot(ctx.p, ctx.u, ctx.i, slot);
      return unitIdent(names, name);
    },
    member: memberOf(names),
    names: () => [...params.keys(), ...own, ...names.unitFacts, ...names.params.keys(), ...PERIOD_NAMES, ...memberNames(names)],
  };
}

/** The unit scope; its indicatorScope sees the union of indicator fact names. */
export function unitScope(names: UnitNames): Scope {
  return {
    kind: 'unit',
    ident: (name) => unitIdent(names, name),
    member: memberOf(names),
    names: () => [...names.unitFacts, ...names.params.keys(), ...PERIOD_NAMES, ...memberNames(names)],
    indicatorScope: indicatorScope(names, names.anyIndicatorNames, new Map()),
  };
}

/** A scope over one row (project, event, report): its fields, plus parameters and period facts. */
export function rowScope(
  kind: ScopeKind,
  fields: readonly string[],
  computed: ReadonlyMap<string, Getter> = new Map(),
  params: ReadonlyMap<string, Value> = new Map(),
): Scope {
  const set = new Set(fields);
  return {
    kind,
    ident: (name) => {
      const c = computed.get(name);
      if (c !== undefined) return c;
      if (set.has(name)) return (ctx) => ctx.row?.[name] ?? null;
      return paramGetter(params, name) ?? periodGetter(name);
    },
    member: () => null,
    names: () => [...fields, ...computed.keys(), ...params.keys(), ...PERIOD_NAMES],
  };
}
