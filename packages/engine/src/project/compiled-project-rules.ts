import type { Condition } from '@kaoping/contracts';
import type { CompiledFormula } from '../compile/compiled-formula.ts';
import type { Getter } from '../formula/runtime.ts';
import type { Scope } from '../formula/scope.ts';

/** A rule compiled to a closure, with its source and the scope it was compiled in, for a traced run to record it. */
export interface CompiledProjectRule {
  readonly reason: string;
  readonly label: string | null;
  readonly when: Getter;
  readonly cond: Condition;
  readonly scope: Scope;
}

/** A project fact: its formula and the scope it was compiled in (the names before it). */
export interface CompiledProjectFact {
  /** Its place among the pack's project facts. */
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly round: number | null;
  readonly formula: CompiledFormula;
  readonly scope: Scope;
}

/** The pack's project rules, compiled once; all arrays are empty for a pack without them. */
export interface CompiledProjectRules {
  /** Whether the pack has `projectRules`: only then does a run report project outcomes. */
  readonly present: boolean;
  readonly facts: readonly CompiledProjectFact[];
  readonly status: readonly (CompiledProjectRule & { status: 'lagging' | 'severe' })[];
  readonly light: readonly { light: string; reason: string | null; when: Getter | null; cond: Condition | null }[];
  readonly lists: readonly { id: string; name: string; rules: readonly (CompiledProjectRule & { detail: CompiledFormula | null })[] }[];
  /** Every name of a project (fields, flags, investment, facts, outcomes), for measures and traces. */
  readonly scope: Scope;
  /** Field names read straight from the project row. */
  readonly fields: ReadonlySet<string>;
}
