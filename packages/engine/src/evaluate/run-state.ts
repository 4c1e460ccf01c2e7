import type { CompiledPack } from '../compile/compiled.ts';
import { StepBudgetError } from '../limits/limit-errors.ts';
import { LIMITS } from '../limits/limits.ts';
import type { Value } from '../formula/ast.ts';
import type { Ctx, Span } from '../formula/runtime.ts';
import type { PeriodInfo } from './calendar.ts';
import type { DataIndex } from './data-index.ts';
import type { RankInfo } from './ranking.ts';
import { BUSY, computeSlot, type Slot } from './memo-slot.ts';
import { Records } from './record/records.ts';
import type { Detail } from './sources.ts';
import { indicatorDataFact, NOT_A_FACT, periodFacts, unitDataFact } from './stages/facts.ts';
import { indicatorLight, unitLight, vetoed } from './stages/outcomes.ts';
import { rankFact, Ranks } from './stages/ranks.ts';
import type { Run } from './stages/run.ts';
import { applicable, indicatorScore, unitScore } from './stages/scores.ts';

/**
 * One run's lazily computed, memoized facts over a series of periods: the `Runtime` of compiled
 * formulas. It memoizes and detects cycles; each name is computed by its stage (facts, scores,
 * ranks, outcomes), which reads other names back through the runtime.
 */
export class RunState implements Run {
  readonly cache = new Map<string, unknown>();
  readonly details = new Map<string, Detail>();
  readonly records: Records | null;
  /** Memo per period, one flat array each: [unit][slot] and [unit][indicator][slot]. */
  private readonly unitMemo: (Slot[] | undefined)[];
  private readonly indMemo: (Slot[] | undefined)[];
  private readonly unitNames: readonly string[];
  private readonly indNames: readonly string[];
  private readonly ranks = new Ranks();
  private readonly stack: string[] = [];
  private steps = 0;
  /** Period facts, computed once per period: formulas read them for every unit and indicator. */
  private readonly periodFacts: (Readonly<Record<string, Value>> | undefined)[] = [];
  private tracer: RunState | null = null;

  /** With `record`, every formula and condition is evaluated by the recorders and its record kept for the trace. */
  constructor(
    readonly cp: CompiledPack,
    readonly data: DataIndex,
    readonly periods: readonly PeriodInfo[],
    record = false,
  ) {
    // Allocated lazily: a run over many periods may touch few facts of the earlier ones.
    this.unitMemo = periods.map(() => undefined);
    this.indMemo = periods.map(() => undefined);
    this.unitNames = [...cp.unitSlots.keys()];
    this.indNames = [...cp.indSlots.keys()];
    this.records = record ? new Records(cp, data.units.length, periods.length - 1) : null;
  }

  /** This run if it records; else a recording run over the same pack, data and periods that takes its ranks from this one. */
  traced(): RunState {
    if (this.records !== null) return this;
    return (this.tracer ??= new TracedRun(this));
  }

  ctx(p: number, u: number, i = -1): Ctx {
    return { rt: this, p, u, i, row: null };
  }

  tick(cost: number): void {
    this.steps += cost;
    if (this.steps > LIMITS.steps) throw new StepBudgetError();
  }

  periodFact(p: number, name: string): Value {
    const facts = this.periodFacts[p] ?? (this.periodFacts[p] = periodFacts(this.periods[p] as PeriodInfo, p));
    return facts[name] ?? null;
  }

  /** Computes a value not yet memoized at `k`; a value met again while it is being computed is a cycle. */
  private memo(m: Slot[], k: number, key: string, compute: () => Value): Value {
    return computeSlot(m, k, this.stack, key, compute);
  }

  unitSlot(p: number, u: number, slot: number): Value {
    const n = this.unitNames.length;
    const m = this.unitMemo[p] ?? (this.unitMemo[p] = new Array<Slot>(this.data.units.length * n));
    const k = u * n + slot;
    const hit = m[k];
    if (hit !== undefined && hit !== BUSY) return hit;
    const name = this.unitNames[slot] as string;
    return this.memo(m, k, name, () => this.computeUnit(p, u, name));
  }

  indSlot(p: number, u: number, i: number, slot: number): Value {
    const n = this.indNames.length;
    const m = this.indMemo[p] ?? (this.indMemo[p] = new Array<Slot>(this.data.units.length * this.cp.indicators.length * n));
    const k = (u * this.cp.indicators.length + i) * n + slot;
    const hit = m[k];
    if (hit !== undefined && hit !== BUSY) return hit;
    const name = this.indNames[slot] as string;
    return this.memo(m, k, name, () => this.computeInd(p, u, i, name));
  }

  /** By name, for traces and results; a name without a slot is computed without memo. */
  unitFact(p: number, u: number, name: string): Value {
    const slot = this.cp.unitSlots.get(name);
    return slot === undefined ? this.computeUnit(p, u, name) : this.unitSlot(p, u, slot);
  }

  indFact(p: number, u: number, i: number, name: string): Value {
    const slot = this.cp.indSlots.get(name);
    return slot === undefined ? this.computeInd(p, u, i, name) : this.indSlot(p, u, i, slot);
  }

  rankInfo(p: number, u: number): RankInfo {
    return this.ranks.info(this, p, u);
  }

  protected computeUnit(p: number, u: number, name: string): Value {
    const score = unitScore(this, p, u, name);
    if (score !== undefined) return score;
    const fact = unitDataFact(this, p, u, name);
    if (fact !== NOT_A_FACT) return fact;
    if (name === 'vetoed') return vetoed(this, p, u);
    if (name === 'light') return unitLight(this, p, u);
    return rankFact(this, p, u, name);
  }

  protected computeInd(p: number, u: number, i: number, name: string): Value {
    const fact = indicatorDataFact(this, p, u, i, name);
    if (fact !== NOT_A_FACT) return fact;
    switch (name) {
      case 'applicable':
        return applicable(this, p, u, i);
      case 'lightBase':
        return indicatorLight(this, p, u, i).base;
      case 'light':
        return indicatorLight(this, p, u, i).final;
      case 'lightReason':
        return indicatorLight(this, p, u, i).reason;
      default:
        return indicatorScore(this, p, u, i, name);
    }
  }

  groupOf(u: number): number {
    return this.data.units[u]?.group ?? 0;
  }

  groupMembers(u: number): readonly number[] {
    return this.data.groupUnits[this.groupOf(u)] ?? [];
  }

  groupIndicators(u: number): readonly number[] {
    return this.cp.groupIndicators[this.groupOf(u)] ?? [];
  }

  periodsInSpan(p: number, span: Span): readonly number[] {
    const cur = this.periods[p] as PeriodInfo;
    return this.periods
      .slice(0, p + 1)
      .filter((x) => span === 'all' || (x.year === cur.year && (span === 'year' || x.quarter === cur.quarter)))
      .map((x) => x.index);
  }
}

/** A recording run beside one that does not record (e.g. the fast path's): its ranks are the other run's. */
class TracedRun extends RunState {
  constructor(private readonly origin: RunState) {
    super(origin.cp, origin.data, origin.periods, true);
  }

  override rankInfo(p: number, u: number): RankInfo {
    return this.origin.rankInfo(p, u);
  }
}
