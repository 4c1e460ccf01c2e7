import type { CompiledPack } from '../../compile/compiled.ts';
import type { ConditionRecord } from './record-condition.ts';
import type { FormulaRecord } from './record-formula.ts';

/**
 * The records of one traced run: each formula fact and each condition of the traced period as it was
 * evaluated, kept for the explanation (which is rendered from them and evaluates nothing itself).
 * Facts of other periods (read by `prev` and the like) are evaluated without a record.
 */
export class Records {
  /** By unit and slot, and by unit, indicator and slot: the layout of the run's memo. */
  private readonly unitRecords: (FormulaRecord | undefined)[];
  private readonly indRecords: (FormulaRecord | undefined)[];
  private readonly conditions = new Map<string, ConditionRecord>();

  constructor(
    private readonly cp: CompiledPack,
    units: number,
    readonly period: number,
  ) {
    this.unitRecords = new Array<FormulaRecord | undefined>(units * cp.unitSlots.size);
    this.indRecords = new Array<FormulaRecord | undefined>(units * cp.indicators.length * cp.indSlots.size);
  }

  private at(u: number, i: number, name: string): [(FormulaRecord | undefined)[], number] {
    if (i < 0) return [this.unitRecords, u * this.cp.unitSlots.size + (this.cp.unitSlots.get(name) ?? -1)];
    return [this.indRecords, (u * this.cp.indicators.length + i) * this.cp.indSlots.size + (this.cp.indSlots.get(name) ?? -1)];
  }

  setFormula(u: number, i: number, name: string, rec: FormulaRecord): void {
    const [records, k] = this.at(u, i, name);
    records[k] = rec;
  }

  /** The record of a formula fact of unit `u` (indicator `i`, −1 at unit level); undefined when it was not evaluated by a formula. */
  formula(u: number, i: number, name: string): FormulaRecord | undefined {
    const [records, k] = this.at(u, i, name);
    return records[k];
  }

  /** `what` names the condition: `veto`, `list.<k>.<j>` (list k, rule j). */
  setCondition(u: number, what: string, rec: ConditionRecord): void {
    this.conditions.set(`${u}|${what}`, rec);
  }

  condition(u: number, what: string): ConditionRecord | undefined {
    return this.conditions.get(`${u}|${what}`);
  }
}
