import type { ConditionRecord } from './record-condition.ts';
import type { FormulaRecord } from './record-formula.ts';

/** Where a record belongs: period, unit, indicator (−1 at unit level) and the fact's name. */
function factKey(p: number, u: number, i: number, name: string): string {
  return `${p}|${u}|${i}|${name}`;
}

/**
 * The records of one traced run: each formula fact and each condition as it was evaluated, kept
 * for the explanation (which is rendered from them and evaluates nothing itself).
 */
export class Records {
  private readonly formulas = new Map<string, FormulaRecord>();
  private readonly conditions = new Map<string, ConditionRecord>();

  setFormula(p: number, u: number, i: number, name: string, rec: FormulaRecord): void {
    this.formulas.set(factKey(p, u, i, name), rec);
  }

  /** The record of a formula fact; undefined when the fact was not evaluated by a formula. */
  formula(p: number, u: number, i: number, name: string): FormulaRecord | undefined {
    return this.formulas.get(factKey(p, u, i, name));
  }

  /** `what` names the condition: `veto`, `list.<k>.<j>` (list k, rule j). */
  setCondition(p: number, u: number, what: string, rec: ConditionRecord): void {
    this.conditions.set(factKey(p, u, -1, what), rec);
  }

  condition(p: number, u: number, what: string): ConditionRecord | undefined {
    return this.conditions.get(factKey(p, u, -1, what));
  }
}
