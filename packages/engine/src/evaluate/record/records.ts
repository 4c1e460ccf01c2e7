import type { CompiledPack } from '../../compile/compiled.ts';
import type { ConditionRecord } from './record-condition.ts';
import type { FormulaRecord } from './record-formula.ts';

/** What one project's evaluation recorded: its facts and rules, by their index in the pack's project rules. */
export interface ProjectRecords {
  readonly facts: (FormulaRecord | undefined)[];
  readonly status: (ConditionRecord | undefined)[];
  /** By project list, then by its rule. */
  readonly lists: (ConditionRecord | undefined)[][];
}

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
  /** By unit and project id, as the project memo is kept (project-outcome.ts). */
  private readonly projects = new Map<string, ProjectRecords>();

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

  /** What project `project` of unit `u` recorded (an empty record the first time it is asked for). */
  project(u: number, project: string): ProjectRecords {
    const key = `${u}|${project}`;
    let rec = this.projects.get(key);
    if (rec === undefined) this.projects.set(key, (rec = { facts: [], status: [], lists: [] }));
    return rec;
  }
}
