import type { Value } from './ast.ts';

/** A record a row-scope formula or condition reads (a project, an event, a report row). */
export type Row = Readonly<Record<string, Value>>;

/** Where a compiled formula is evaluated: period, unit, indicator (−1 at unit level), row. */
export interface Ctx {
  readonly rt: Runtime;
  readonly p: number;
  readonly u: number;
  readonly i: number;
  readonly row: Row | null;
}

export type Getter = (ctx: Ctx) => Value;

export type Span = 'year' | 'quarter' | 'all';

/** What compiled formulas need from a run. Implemented by the evaluator's run state. */
export interface Runtime {
  unitFact(p: number, u: number, name: string): Value;
  indFact(p: number, u: number, i: number, name: string): Value;
  /** The same by slot number, resolved when the formula was compiled (the hot path). */
  unitSlot(p: number, u: number, slot: number): Value;
  indSlot(p: number, u: number, i: number, slot: number): Value;
  periodFact(p: number, name: string): Value;
  /** Units in the same group as `u`, in input order. */
  groupMembers(u: number): readonly number[];
  /** Index of the group of `u`. */
  groupOf(u: number): number;
  /** Indicators that belong to `u`'s group, in pack order. */
  groupIndicators(u: number): readonly number[];
  /** Period indices of `span` that end at or before `p`, oldest first. */
  periodsInSpan(p: number, span: Span): readonly number[];
  /** Counts `cost` steps of formula evaluation against the run's step budget (throws when it is spent). */
  tick?(cost: number): void;
  /** Per-run memo for group-wide aggregates. */
  readonly cache: Map<string, unknown>;
}
