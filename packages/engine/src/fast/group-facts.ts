import { column, scratchBits } from './pool.ts';
import type { CompiledPack } from '../compile/compiled.ts';
import { GATED, INDICATOR_BUILTINS, PERIOD_NAMES } from '../compile/names.ts';
import { Q } from '../exact/q.ts';
import type { PeriodInfo } from '../evaluate/calendar.ts';
import type { Value } from '../formula/ast.ts';
import { arith } from './arith.ts';
import type { Columns } from './columns.ts';
import { compileFastCondition, compileGated, compileNode, type FastScope } from './compile-node.ts';
import { coalesce, extreme, gate } from './functions.ts';
import { boolNode, compact, constNode, F, type FNode, hasNullBit, type NumNode, numNode, T, Unsupported } from './node.ts';
import type { EventTotals } from './sources.ts';
import { inputNode, targetNode } from './sources.ts';
import type { RunState } from '../evaluate/run-state.ts';
import { exactColumn } from './exact-bridge.ts';
import { projectTotals, type UnitTotals } from './project-columns.ts';

/** Only true holds: true where the value is true, else false; the column itself when it holds no null (a comparison's never does). */
function strict(v: Uint8Array, n: number): Uint8Array {
  if (!hasNullBit(v)) return v;
  const out = scratchBits(n);
  for (let j = 0; j < n; j++) out[j] = v[j] === T ? T : F;
  return out;
}

const NO_PARAMS: ReadonlyMap<string, Q> = new Map();

/** Per group: what ranking adds to the unit facts (filled in by the group's ranking). */
export interface RankColumns {
  rank: NumNode;
  below: NumNode;
  above: NumNode;
  rankedCount: NumNode;
}

/**
 * A group's facts as column nodes, built on first use and shared by every formula that reads them
 * (the fast counterpart of the exact engine's memo). A fact met again while it is being built is a
 * cycle: the fast path leaves it to the exact engine.
 */
export class GroupFacts {
  readonly n: number;
  /** Facts built (a node) or being built (null) by owner: the unit's at 0, indicator i's at i + 1. */
  private readonly built: Map<string, FNode | null>[] = [];
  private readonly unitNames: ReadonlySet<string>;
  private readonly anyIndicatorNames: ReadonlySet<string>;
  /** The unit scope and each indicator's scope for its own formulas, once built (scopes hold no state). */
  private unit: FastScope | null = null;
  private readonly ownScopes: FastScope[] = [];
  ranks: (() => RankColumns) | null = null;
  /** The exact engine's state over the same data, for what the column compiler does not take (null: fall back). */
  exact: (() => RunState) | null = null;
  /** What the exact engine computed member by member, for the run's report. */
  readonly exactFacts: string[] = [];

  constructor(
    readonly cp: CompiledPack,
    readonly cols: Columns,
    readonly g: number,
    readonly members: Int32Array,
    readonly period: PeriodInfo,
    readonly p: number,
    readonly events: EventTotals,
  ) {
    this.n = members.length;
    this.unitNames = new Set(cp.unitSlots.keys());
    this.anyIndicatorNames = new Set(cp.indSlots.keys());
  }

  /** Fact `name` of indicator i (−1: of the unit), built once; per owner a map, so that a look-up builds no key text. */
  private memo(i: number, name: string, build: () => FNode): FNode {
    const facts = (this.built[i + 1] ??= new Map());
    const hit = facts.get(name);
    if (hit !== undefined && hit !== null) return hit;
    if (hit === null) throw new Unsupported(`循环引用 ${i < 0 ? 'u' : i}|${name}`);
    facts.set(name, null);
    try {
      const node = build();
      facts.set(name, node);
      return node;
    } catch (e) {
      facts.delete(name);
      throw e;
    }
  }

  /**
   * Compiles `build`; what the column compiler does not take is computed member by member by the
   * exact engine (`valueAt`), so one such formula no longer sends the whole run to the exact engine.
   */
  orExact(what: string, build: () => FNode, valueAt: (rt: RunState, u: number) => Value): FNode {
    try {
      return build();
    } catch (e) {
      if (!(e instanceof Unsupported) || this.exact === null) throw e;
      const rt = this.exact();
      this.exactFacts.push(`${what}（${e.message}）`);
      return exactColumn(this.n, (j) => valueAt(rt, this.members[j]!), `${what}：${e.message}`);
    }
  }

  /** The unit scope, whose indicator aggregates run over the group's indicators. */
  unitScope(): FastScope {
    if (this.unit !== null) return this.unit;
    const indicators = this.cp.groupIndicators[this.g] ?? [];
    const each = indicators.map((i) => this.indicatorScope(i, this.anyIndicatorNames, NO_PARAMS));
    const unit: FastScope = {
      n: this.n,
      ident: (name) => this.unitIdent(name),
      member: (o, prop) => this.member(o, prop),
      indicators: (build) => each.map((scope) => build(scope)),
    };
    this.unit = unit;
    return unit;
  }

  indicatorScope(i: number, own: ReadonlySet<string>, params: ReadonlyMap<string, Q>): FastScope {
    return {
      n: this.n,
      ident: (name) => {
        const q = params.get(name);
        if (q !== undefined) return constNode(q, this.n);
        if (own.has(name)) return this.indFact(i, name);
        return this.unitIdent(name);
      },
      member: (o, prop) => this.member(o, prop),
    };
  }

  private member(object: string, prop: string): FNode {
    const i = this.cp.indicatorIndex.get(object);
    const ind = i === undefined ? undefined : this.cp.indicators[i];
    if (i === undefined || ind === undefined || !((INDICATOR_BUILTINS as readonly string[]).includes(prop) || ind.customFacts.includes(prop)))
      throw new Unsupported(`${object}.${prop}`);
    return this.indFact(i, prop);
  }

  private unitIdent(name: string): FNode {
    if (this.unitNames.has(name)) return this.unitFact(name);
    if (this.cp.params.has(name)) return constNode(this.cp.params.get(name) ?? null, this.n);
    if ((PERIOD_NAMES as readonly string[]).includes(name)) return this.periodFact(name);
    throw new Unsupported(name);
  }

  private periodFact(name: string): FNode {
    const per = this.period;
    const endMonth = Number(per.end.slice(5, 7));
    const values: Record<string, Value> = {
      year: new Q(per.year),
      month: new Q(per.month),
      quarter: new Q(per.quarter),
      timeProgress: per.timeProgress,
      daysElapsed: new Q(per.daysElapsed),
      daysInYear: new Q(per.daysInYear),
      periodIndex: new Q(this.p),
      isQuarterEnd: endMonth % 3 === 0,
      isYearEnd: endMonth === 12,
    };
    if (!(name in values)) throw new Unsupported(`期间事实 ${name}`);
    return constNode(values[name] ?? null, this.n);
  }

  /**
   * A formula fact of indicator i, or null (no formula) as an always-null column; gated by `on`
   * (asked for once the formula is compiled) when given.
   */
  private indFormula(i: number, name: string, on: (() => FNode) | null = null): FNode {
    const ind = this.cp.indicators[i]!;
    const f = ind.formulas.get(name);
    if (f === undefined) return on === null ? constNode(null, this.n) : gate(on(), constNode(null, this.n), this.n);
    // The names an indicator's own formulas read as its facts: built-in and custom.
    const own = (this.ownScopes[i] ??= this.indicatorScope(i, new Set<string>([...INDICATOR_BUILTINS, ...ind.customFacts]), ind.params));
    return on === null ? compileNode(f.node, own) : compileGated(f.node, own, on);
  }

  indFact(i: number, name: string): FNode {
    // A fact read again is a look-up only: no closures are made for it.
    const hit = this.built[i + 1]?.get(name);
    if (hit !== undefined && hit !== null) return hit;
    return this.memo(i, name, () =>
      this.orExact(
        name,
        () => this.compileIndFact(i, name),
        (rt, u) => rt.indFact(this.p, u, i, name),
      ),
    );
  }

  private compileIndFact(i: number, name: string): FNode {
    const ind = this.cp.indicators[i]!;
    const weight = this.cp.weights[this.g]?.[i] ?? null;
    switch (name) {
      case 'input':
        return ind.input === null ? constNode(null, this.n) : inputNode(this.cols, this.members, i, ind.input, this.period);
      case 'target':
        return targetNode(this.cols, this.members, ind.targetOf, this.period);
      case 'weight':
        return constNode(weight, this.n);
      case 'inGroup':
        return constNode(weight !== null, this.n);
      case 'applicable': {
        if (weight === null) return constNode(false, this.n);
        const f = this.indFormula(i, 'applicable');
        return f.t !== 'b' ? constNode(false, this.n) : boolNode(() => strict(f.bits(), this.n));
      }
      case 'id':
      case 'name':
      case 'lightBase':
      case 'light':
      case 'lightReason':
        throw new Unsupported(`指标事实 ${name}`);
    }
    return this.indFormula(i, name, GATED.has(name) ? () => this.indFact(i, 'applicable') : null);
  }

  unitFact(name: string): FNode {
    const hit = this.built[0]?.get(name);
    if (hit !== undefined && hit !== null) return hit;
    return this.memo(-1, name, () =>
      this.orExact(
        name,
        () => this.compileUnitFact(name),
        (rt, u) => rt.unitFact(this.p, u, name),
      ),
    );
  }

  private compileUnitFact(name: string): FNode {
    const f = this.cp.unitFormulas.get(name);
    if (f !== undefined) return compileNode(f.node, this.unitScope());
    const m = this.events.measures.get(name);
    if (m !== undefined) return this.perUnit(m);
    const source = this.cp.measures.get(name)?.def.source;
    if (source === 'projects') return this.forMembers(projectTotals(this.cp, this.cols, name, this.events.periods, this.p));
    // Rows of reports are read by the exact engine.
    if (source !== undefined) throw new Unsupported('填报度量');
    const adj = this.cp.adjustments.find((a) => a.id === name || `${a.id}Raw` === name);
    if (adj !== undefined) return this.adjustment(adj, name !== adj.id);
    switch (name) {
      case 'vetoed':
        return this.cp.pack.veto === undefined ? constNode(false, this.n) : compileFastCondition(this.cp.pack.veto.when, this.unitScope());
      case 'groupSize':
        return constNode(new Q(this.n), this.n);
      case 'rank':
      case 'unitsRankedBelow':
      case 'unitsRankedAbove':
      case 'rankedCount': {
        const ranks = this.ranks;
        if (ranks === null) throw new Unsupported('排名');
        const key = name === 'rank' ? 'rank' : name === 'unitsRankedBelow' ? 'below' : name === 'unitsRankedAbove' ? 'above' : 'rankedCount';
        return { t: 'n', col: () => ranks()[key].col(), exact: (j) => ranks()[key].exact(j) } satisfies NumNode;
      }
      default:
        throw new Unsupported(`单位事实 ${name}`);
    }
  }

  /** Per-unit totals of the run (project measures) gathered for the group's members. */
  private forMembers(t: UnitTotals): FNode {
    return numNode(
      () => {
        const v = column(this.n);
        const e = column(this.n);
        this.members.forEach((u, j) => {
          v[j] = t.v[u]!;
          e[j] = t.e[u]!;
        });
        return compact(v, e);
      },
      (j) => t.exact(this.members[j]!),
      { columnless: (j) => t.exact(this.members[j]!) },
    );
  }

  /** A per-unit exact value (measures, event counts) gathered for the group's members. */
  perUnit(values: readonly (Q | null)[]): FNode {
    const qs = new Array<Q | null>(this.n);
    for (let j = 0; j < this.n; j++) qs[j] = values[this.members[j]!] ?? null;
    return numNode(
      () => {
        const v = column(this.n);
        const e = column(this.n);
        for (let j = 0; j < this.n; j++) {
          const q = qs[j] ?? null;
          const small = q?.small() ?? null;
          v[j] = q === null ? NaN : q.valueOf();
          e[j] = q === null || (small !== null && small[1] === 1) ? 0 : Math.abs(v[j]!) * 2 ** -51 + Number.MIN_VALUE;
        }
        return { v, e };
      },
      (j) => qs[j] ?? null,
      { columnless: (j) => qs[j] ?? null },
    );
  }

  /** Σ points × count over the items (a count that is null or not a number adds nothing), capped unless raw. */
  private adjustment(a: CompiledPack['adjustments'][number], raw: boolean): FNode {
    const n = this.n;
    const zero = constNode(new Q(0), n);
    let total: FNode = zero;
    for (const it of a.items) {
      const count = it.count === null ? this.perUnit(this.events.codeCounts.get(it.id) ?? []) : compileNode(it.count.node, this.unitScope());
      if (count.t !== 'n') continue;
      total = arith('+', total, arith('*', coalesce([count, zero], n), constNode(it.points, n), n), n);
    }
    return raw || a.cap === null ? total : extreme('min', [total, constNode(a.cap, n)], n);
  }
}
