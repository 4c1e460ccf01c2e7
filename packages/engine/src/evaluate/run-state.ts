import { ErrorCode, KaopingError } from '@kaoping/contracts';
import type { CompiledPack } from '../compile/compiled.ts';
import { GATED } from '../compile/names.ts';
import { Q } from '../exact/q.ts';
import { StepBudgetError } from '../limits/limit-errors.ts';
import { LIMITS } from '../limits/limits.ts';
import type { Value } from '../formula/ast.ts';
import type { Ctx, Runtime, Span } from '../formula/runtime.ts';
import type { PeriodInfo } from './calendar.ts';
import type { DataIndex } from './data-index.ts';
import { baseLight, escalate, worstLight } from './lights.ts';
import { adjustment, indicatorInput, measure, target, type Detail } from './sources.ts';
import { rankGroup, type RankInfo } from './ranking.ts';

const BUSY = Symbol('busy');
type Slot = Value | typeof BUSY | undefined;

function factsOfPeriod(per: PeriodInfo, p: number): Readonly<Record<string, Value>> {
  const endMonth = Number(per.end.slice(5, 7));
  return {
    asOf: per.asOf, year: new Q(per.year), month: new Q(per.month), quarter: new Q(per.quarter),
    timeProgress: per.timeProgress, daysElapsed: new Q(per.daysElapsed), daysInYear: new Q(per.daysInYear),
    isQuarterEnd: endMonth % 3 === 0, isYearEnd: endMonth === 12, periodId: per.id, periodIndex: new Q(p),
    windowStart: per.windowStart,
  };
}

/** One run's lazily computed, memoized facts over a series of periods. */
export class RunState implements Runtime {
  readonly cache = new Map<string, unknown>();
  /** Which rows made up a measure or an adjustment: key `p|u|id`. */
  readonly details = new Map<string, Detail>();
  /** Memo per period, one flat array each: [unit][slot] and [unit][indicator][slot]. */
  private readonly unitMemo: (Slot[] | undefined)[];
  private readonly indMemo: (Slot[] | undefined)[];
  private readonly unitNames: readonly string[];
  private readonly indNames: readonly string[];
  private readonly ranks = new Map<string, Map<number, RankInfo>>();
  private readonly stack: string[] = [];
  private steps = 0;
  /** Period facts, computed once per period: formulas read them for every unit and indicator. */
  private readonly periodFacts: (Readonly<Record<string, Value>> | undefined)[] = [];

  constructor(readonly cp: CompiledPack, readonly data: DataIndex, readonly periods: readonly PeriodInfo[]) {
    // Allocated lazily: a run over many periods may touch few facts of the earlier ones.
    this.unitMemo = periods.map(() => undefined);
    this.indMemo = periods.map(() => undefined);
    this.unitNames = [...cp.unitSlots.keys()];
    this.indNames = [...cp.indSlots.keys()];
  }

  ctx(p: number, u: number, i = -1): Ctx {
    return { rt: this, p, u, i, row: null };
  }

  tick(cost: number): void {
    this.steps += cost;
    if (this.steps > LIMITS.steps) throw new StepBudgetError();
  }

  periodFact(p: number, name: string): Value {
    const facts = this.periodFacts[p] ?? (this.periodFacts[p] = factsOfPeriod(this.periods[p] as PeriodInfo, p));
    return facts[name] ?? null;
  }

  /** Computes a value not yet memoized at `k`; a value met again while it is being computed is a cycle. */
  private memo(m: Slot[], k: number, key: string, compute: () => Value): Value {
    if (m[k] === BUSY) {
      throw new KaopingError(ErrorCode.EVALUATION_FAILED, `公式循环引用：${[...this.stack, key].join(' → ')}`);
    }
    m[k] = BUSY;
    this.stack.push(key);
    try {
      const v = compute();
      m[k] = v;
      return v;
    } catch (e) {
      m[k] = undefined;
      throw e;
    } finally {
      this.stack.pop();
    }
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
    const g = this.groupOf(u);
    const key = `${p}|${g}`;
    let r = this.ranks.get(key);
    if (r === undefined) {
      r = rankGroup(this, this.cp.ranking, p, this.groupMembers(u));
      this.ranks.set(key, r);
    }
    return r.get(u) as RankInfo;
  }

  private computeUnit(p: number, u: number, name: string): Value {
    const f = this.cp.unitFormulas.get(name);
    if (f !== undefined) return f.get(this.ctx(p, u));
    const m = this.cp.measures.get(name);
    if (m !== undefined) return measure(this, m, p, u);
    const adj = this.cp.adjustments.find((a) => a.id === name || `${a.id}Raw` === name);
    if (adj !== undefined) return adjustment(this, adj, p, u, name !== adj.id);
    const unit = this.data.units[u];
    switch (name) {
      case 'unitId': return unit?.id ?? null;
      case 'unitName': return unit?.name ?? null;
      case 'groupId': return this.cp.pack.groups[this.groupOf(u)]?.id ?? null;
      case 'vetoed': return this.cp.veto === null ? false : this.cp.veto(this.ctx(p, u)) === true;
      case 'groupSize': return new Q(this.groupMembers(u).length);
      case 'light': return worstLight(this.groupIndicators(u).map((i) => this.indFact(p, u, i, 'light') as string | null));
      default: return this.rankFact(p, u, name);
    }
  }

  private rankFact(p: number, u: number, name: string): Value {
    const r = this.rankInfo(p, u);
    const n = name === 'rank' ? r.rank : name === 'unitsRankedBelow' ? r.below : name === 'unitsRankedAbove' ? r.above : name === 'rankedCount' ? r.ranked : null;
    return n === null ? null : new Q(n);
  }

  private computeInd(p: number, u: number, i: number, name: string): Value {
    const ind = this.cp.indicators[i];
    if (ind === undefined) return null;
    const weight = this.cp.weights[this.groupOf(u)]?.[i] ?? null;
    switch (name) {
      case 'id': return ind.id;
      case 'name': return ind.name;
      case 'input': return indicatorInput(this, ind, p, u);
      case 'target': return target(this, ind, p, u);
      case 'weight': return weight;
      case 'inGroup': return weight !== null;
      case 'applicable': return weight !== null && ind.formulas.get('applicable')?.get(this.ctx(p, u, i)) === true;
      case 'lightBase': return this.light(p, u, i).base;
      case 'light': return this.light(p, u, i).final;
      case 'lightReason': return this.light(p, u, i).reason;
    }
    if (GATED.has(name) && this.indFact(p, u, i, 'applicable') !== true) return null;
    return ind.formulas.get(name)?.get(this.ctx(p, u, i)) ?? null;
  }

  private light(p: number, u: number, i: number): { base: string | null; final: string | null; reason: string | null } {
    const spec = this.cp.indicators[i]?.light ?? null;
    if (spec === null || this.indFact(p, u, i, 'applicable') !== true) return { base: null, final: null, reason: null };
    const key = `light|${p}|${u}|${i}`;
    const hit = this.cache.get(key) as { base: string | null; final: string | null; reason: string | null } | undefined;
    if (hit !== undefined) return hit;
    const b = baseLight(spec, this, p, u, i);
    const up = b === null ? null : escalate(spec, this, p, u, i, b.light);
    const out = { base: b?.light ?? null, final: up?.light ?? b?.light ?? null, reason: up?.reason ?? b?.reason ?? null };
    this.cache.set(key, out);
    return out;
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
    return this.periods.slice(0, p + 1).filter((x) =>
      span === 'all' || (x.year === cur.year && (span === 'year' || x.quarter === cur.quarter))).map((x) => x.index);
  }
}
