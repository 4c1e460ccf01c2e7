import type { Dataset, FactCondition, RulePack } from '@kaoping/contracts';
import { literalValue } from '../condition/compile-condition.ts';
import { OPERATOR_FNS } from '../condition/operators.ts';
import type { RunState } from '../evaluate/run-state.ts';
import type { Value } from '../formula/ast.ts';
import type { CompiledPack } from '../compile/compiled.ts';
import { parseDecimal, Q, ZERO } from '../exact/q.ts';
import { projectFieldTypes } from '../evaluate/data-index.ts';
import { PROJECT_OUTCOME_NAMES, PROJECT_PROGRESS_NAMES } from '../project/project-names.ts';
import type { Columns } from './columns.ts';
import { compileFastCondition, type FastScope } from './compile-node.ts';
import { readDecimal, readError } from './decimal.ts';
import { sumBound } from './arith.ts';
import { boolNode, constNode, type FNode, numNode, T, Unsupported } from './node.ts';
import { lentCount, scratch, takeBackSince } from './pool.ts';
import { lazyIndexOf } from './lazy-index.ts';
import { yesNoBits } from './exact-bridge.ts';
import { bitsWhere, isOutcome, type Slice, SliceOutcomes } from './project-outcomes.ts';

/** A project measure per unit of the run: doubles, error bounds, and the exact total on demand. */
export interface UnitTotals {
  readonly v: Float64Array;
  readonly e: Float64Array;
  exact(u: number): Q;
}

const COMPUTED = new Set<string>([...PROJECT_OUTCOME_NAMES, ...PROJECT_PROGRESS_NAMES]);
const ROW_NAMES = new Set(['id', 'unitId', 'name']);

const rawOf = (s: Slice, read: (p: Dataset['projects'][number]) => string | boolean | null) => {
  const out = new Array<string | boolean | null>(s.n);
  for (let k = 0; k < s.n; k++) out[k] = read(s.data.projects[s.start + k]!);
  return out;
};

/** A decimal or yes/no field of a slice of projects as a column; other fields and computed names are not columns. */
function fieldNode(cp: CompiledPack, s: Slice, name: string): FNode {
  const computed = COMPUTED.has(name) || flagOf(cp, name) !== undefined || (cp.pack.projectRules?.facts ?? []).some((f) => f.id === name);
  const type = projectFieldTypes(cp.pack)[name];
  if (computed || type === undefined) throw new Unsupported(`项目字段 ${name}`);
  const raw = rawOf(s, (p) => p.fields[name] ?? null);
  if (type === 'boolean') {
    if (raw.some((x) => x !== null && typeof x !== 'boolean')) throw new Unsupported(`项目字段 ${name}`);
    return boolNode(() => yesNoBits(raw));
  }
  if (type !== 'decimal') throw new Unsupported(`项目字段 ${name}`);
  // As the exact index reads them: text as a decimal, a yes/no as no number.
  const text = raw.map((x) => (typeof x === 'string' ? x : null));
  return numNode(
    () => {
      // Lent: a slice's columns are taken back with it, and the next slice's reuse them.
      const v = scratch(text.length);
      const e = scratch(text.length);
      text.forEach((t, k) => {
        v[k] = t === null ? NaN : readDecimal(t);
        e[k] = t === null ? 0 : readError(v[k]!);
      });
      return { v, e };
    },
    (k) => (text[k] === null ? null : parseDecimal(text[k]!)),
  );
}

/** The raw values of a text or date field (or the row's id, unit, name) of a slice, as the exact row holds them; null for other names. */
function textValues(cp: CompiledPack, s: Slice, name: string): Value[] | null {
  if (COMPUTED.has(name) || flagOf(cp, name) !== undefined) return null;
  if (ROW_NAMES.has(name)) return rawOf(s, (p) => p[name as 'id' | 'unitId' | 'name']);
  const type = projectFieldTypes(cp.pack)[name];
  if (type !== 'string' && type !== 'date') return null;
  return rawOf(s, (p) => p.fields[name] ?? null);
}

const flagOf = (cp: CompiledPack, name: string) => (cp.pack.projectFlags ?? []).find((f) => f.id === name);

/**
 * A leaf over a text or date field against a literal: decided per project by the exact engine's own
 * operator (no number is involved, so nothing can differ), inWindow against the run's window.
 */
function textLeaf(cp: CompiledPack, s: Slice, c: FactCondition, rt: RunState, p: number): FNode | null {
  const v = c.value;
  const values = c.path === undefined && (v === null || typeof v !== 'object' || Array.isArray(v)) ? textValues(cp, s, c.fact) : null;
  if (values === null) return null;
  const lit = literalValue(v as Exclude<typeof v, { fact: string }>);
  const op = OPERATOR_FNS[c.operator];
  const ctx = rt.ctx(p, -1);
  return boolNode(() => bitsWhere(values, (x) => op(x, lit, ctx)));
}

/** Names in a project measure's condition over a slice: flags and fields as columns, then the pack's parameters (as the exact row scope). */
function projectScope(cp: CompiledPack, s: Slice, rt: RunState, p: number, outcomes: SliceOutcomes): FastScope {
  const n = s.n;
  const fields = new Map<string, FNode>();
  const built = new Map<string, FNode>();
  const scope: FastScope = {
    n,
    ident: (name) => {
      if (
        cp.params.has(name) &&
        projectFieldTypes(cp.pack)[name] === undefined &&
        !isOutcome(cp, name) &&
        !ROW_NAMES.has(name) &&
        flagOf(cp, name) === undefined
      )
        return constNode(cp.params.get(name) ?? null, n);
      const flag = flagOf(cp, name);
      const memo = flag === undefined ? fields : built;
      let node = memo.get(name);
      if (node === undefined) {
        node = flag !== undefined ? compileFastCondition(flag.when, scope) : isOutcome(cp, name) ? outcomes.node(name) : fieldNode(cp, s, name);
        memo.set(name, node);
      }
      return node;
    },
    member: (o, prop) => {
      throw new Unsupported(`${o}.${prop}`);
    },
    leaf: (c) => textLeaf(cp, s, c, rt, p) ?? outcomes.leaf(c),
  };
  return scope;
}

/**
 * Whether the projects pass the exact index's checks (known unit, decimal fields that read, an id
 * that is not an indicator's), without building it; when they do not, the exact engine reports them.
 */
export function projectsValid(pack: RulePack, data: Dataset): boolean {
  if (data.projects.length === 0) return true;
  const units = new Set(data.units.map((u) => u.id));
  const indicators = new Set(pack.indicators.map((i) => i.id));
  const decimals = Object.entries(projectFieldTypes(pack))
    .filter(([, t]) => t === 'decimal')
    .map(([k]) => k);
  // Indexed loops: a closure per project, or an iterator's result, was 40–90 MB of garbage for a million projects.
  for (let q = 0; q < data.projects.length; q++) {
    const p = data.projects[q]!;
    if (!units.has(p.unitId) || indicators.has(p.id)) return false;
    for (let d = 0; d < decimals.length; d++) {
      const x = p.fields[decimals[d]!];
      if (typeof x === 'string' && Number.isNaN(readDecimal(x))) return false;
    }
  }
  return true;
}

/** Projects per slice: a slice's columns are lent from the pool and taken back before the next. */
const SLICE = 1 << 15;

const runs = new WeakMap<Columns, Map<string, UnitTotals>>();

/** Unit numbers by id; a unit's projects usually follow each other, so the last id is checked first. */
function unitsOf(cols: Columns): (id: string) => number {
  const unit = new Map(cols.data.units.map((u, k) => [u.id, k]));
  let last: string | null = null;
  let lastUnit = -1;
  return (id) => {
    if (id !== last) {
      last = id;
      lastUnit = unit.get(id) ?? -1;
    }
    return lastUnit;
  };
}

/** Exact totals that are the doubles themselves (made apart, so as not to hold the chains). */
function integerTotals(v: Float64Array): (u: number) => Q {
  return (u) => new Q(v[u]!);
}

/** Exact totals re-added from each unit's chain of passing projects, in input order. */
function chainedTotals(cp: CompiledPack, data: Dataset, id: string, head: Int32Array, next: Int32Array): (u: number) => Q {
  const m = cp.measures.get(id)!;
  const field = m.def.field ?? '';
  return (u) => {
    let s = ZERO;
    for (let k = head[u]!; k !== -1; k = next[k]!) s = s.add(m.def.aggregate === 'count' ? 1 : parseDecimal(data.projects[k]!.fields[field] as string));
    return s;
  };
}

/**
 * A count or sum over projects as columns: the measure's condition over a slice of projects at a
 * time, each passing project added to its unit in input order (the exact engine's order), and
 * chained to its unit for the exact totals asked near a decision. Computed once per run and measure;
 * memory is the slice's columns and one chain link per project, whatever the number of projects.
 */
export function projectTotals(cp: CompiledPack, cols: Columns, id: string, rt: RunState, p: number): UnitTotals {
  let run = runs.get(cols);
  if (run === undefined) {
    run = new Map();
    runs.set(cols, run);
  }
  const hit = run.get(id);
  if (hit !== undefined) return hit;
  const m = cp.measures.get(id)!;
  const { data } = cols;
  if (m.def.aggregate === 'sum' && (m.value !== null || isOutcome(cp, m.def.field ?? ''))) throw new Unsupported('项目计算值求和');
  const P = data.projects.length;
  const unitOf = unitsOf(cols);
  const v = new Float64Array(cols.n);
  const e = new Float64Array(cols.n);
  const head = new Int32Array(cols.n).fill(-1);
  const tail = new Int32Array(cols.n).fill(-1);
  const next = new Int32Array(P).fill(-1);
  // One slice even without projects: what the column compiler does not take is found all the same.
  for (let start = 0; start === 0 || start < P; start += SLICE) {
    const n = Math.min(SLICE, P - start);
    const mark = lentCount();
    try {
      const slice = { data, start, n };
      const scope = projectScope(cp, slice, rt, p, new SliceOutcomes(cp, slice, () => lazyIndexOf(cp.pack, data, cols), rt.periods, p, unitOf));
      const value = m.def.aggregate === 'count' ? null : scope.ident(m.def.field ?? '');
      if (value !== null && value.t !== 'n') throw new Unsupported(`项目字段 ${m.def.field ?? ''}`);
      const where = m.def.where === undefined ? null : compileFastCondition(m.def.where, scope);
      const w = where === null ? null : where.t === 'b' ? where.bits() : null;
      const x = value === null ? null : value.col();
      if (where !== null && w === null) continue;
      for (let j = 0; j < n; j++) {
        const xk = x === null ? 1 : x.v[j]!;
        if ((w !== null && w[j] !== T) || Number.isNaN(xk)) continue;
        const k = start + j;
        const u = unitOf(data.projects[k]!.unitId);
        if (tail[u] === -1) head[u] = k;
        else next[tail[u]!] = k;
        tail[u] = k;
        const ek = x === null || x.e === null ? 0 : x.e[j]!;
        const t = v[u]! + xk;
        e[u] = sumBound(t, e[u]!, ek);
        v[u] = t;
      }
    } finally {
      takeBackSince(mark);
    }
  }
  // Where every total is an exact integer (always for a count), the chains are not kept: 4 MB a million projects.
  const totals: UnitTotals = { v, e, exact: e.every((x) => x === 0) ? integerTotals(v) : chainedTotals(cp, data, id, head, next) };
  run.set(id, totals);
  return totals;
}
