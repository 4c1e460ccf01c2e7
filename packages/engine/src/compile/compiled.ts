import type { Measure, RulePack } from '@kaoping/contracts';
import type { Q } from '../exact/q.ts';
import type { Value } from '../formula/ast.ts';
import type { Getter } from '../formula/runtime.ts';
import type { CompiledFormula } from './compiled-formula.ts';
import type { CompiledProjectRules } from '../project/compiled-project-rules.ts';

export interface CompiledLight {
  readonly bands: readonly { light: string; reason: string | null; when: Getter | null }[];
  readonly escalate: readonly { from: string; to: string; periods: number; reason: string | null }[];
}

export interface CompiledIndicator {
  readonly id: string;
  readonly name: string;
  readonly index: number;
  readonly input: 'sum' | 'latest' | 'current' | null;
  readonly targetOf: string;
  /** Formula facts: actual, applicable, plan, completion, score, done and the custom ones. */
  readonly formulas: ReadonlyMap<string, CompiledFormula>;
  readonly params: ReadonlyMap<string, Q>;
  readonly customFacts: readonly string[];
  readonly light: CompiledLight | null;
}

export interface CompiledMeasure {
  readonly def: Measure;
  readonly where: Getter | null;
  /** For a project sum over a computed name (invested, a project fact): its getter; else the row field is read. */
  readonly value: Getter | null;
}

export interface CompiledAdjustment {
  readonly id: string;
  readonly name: string;
  readonly kind: 'bonus' | 'deduction';
  readonly cap: Q | null;
  readonly items: readonly { id: string; name: string; points: Q; count: CompiledFormula | null }[];
}

interface CompiledListRule {
  readonly reason: string;
  readonly label: string | null;
  readonly groups: ReadonlySet<number> | null;
  readonly when: Getter;
  readonly amount: CompiledFormula | null;
  readonly detail: CompiledFormula | null;
}

export interface CompiledList {
  readonly id: string;
  readonly name: string;
  readonly amountUnit: string | null;
  readonly rules: readonly CompiledListRule[];
}

export interface CompiledRanking {
  readonly eligible: CompiledFormula;
  readonly keys: readonly { get: CompiledFormula; order: 'desc' | 'asc'; round: number | null; label: string }[];
  /** Where vetoed units that are not eligible go: nowhere (`unranked`) or a shared last rank. */
  readonly vetoPlacement: 'unranked' | 'last';
}

/** A pack compiled once and evaluated many times. */
export interface CompiledPack {
  readonly pack: RulePack;
  readonly indicators: readonly CompiledIndicator[];
  readonly indicatorIndex: ReadonlyMap<string, number>;
  /** weights[group][indicator], null when the indicator is not part of the group. */
  readonly weights: readonly (readonly (Q | null)[])[];
  readonly groupIndicators: readonly (readonly number[])[];
  /** Unit formula facts: base, total, bonusTotal, deductionTotal and the pack's facts. */
  readonly unitFormulas: ReadonlyMap<string, CompiledFormula>;
  readonly customFacts: readonly string[];
  readonly measures: ReadonlyMap<string, CompiledMeasure>;
  /** 方案参数 of this compilation: defaults with the run's overrides. */
  readonly params: ReadonlyMap<string, Value>;
  readonly adjustments: readonly CompiledAdjustment[];
  readonly veto: Getter | null;
  readonly ranking: CompiledRanking;
  readonly lists: readonly CompiledList[];
  readonly projectRules: CompiledProjectRules;
  /** Name → Chinese label, for traces. */
  readonly labels: ReadonlyMap<string, string>;
  /** Memo slot of each unit fact name and each indicator fact name. */
  readonly unitSlots: ReadonlyMap<string, number>;
  readonly indSlots: ReadonlyMap<string, number>;
}
