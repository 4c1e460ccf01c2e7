import type { Dataset, FactCondition, RulePack } from '@kaoping/contracts';
import { literalValue } from '../condition/compile-condition.ts';
import { OPERATOR_FNS } from '../condition/operators.ts';
import type { RunState } from '../evaluate/run-state.ts';
import type { Value } from '../formula/ast.ts';
import type { CompiledPack } from '../compile/compiled.ts';
import { parseDecimal, type Q, ZERO } from '../exact/q.ts';
import { projectFieldTypes } from '../evaluate/data-index.ts';
import { PROJECT_OUTCOME_NAMES, PROJECT_PROGRESS_NAMES } from '../project/project-names.ts';
import type { Columns } from './columns.ts';
import { compileFastCondition, type FastScope } from './compile-node.ts';
import { readDecimal, readError, U } from './decimal.ts';
import { boolNode, constNode, type FNode, numNode, Unsupported } from './node.ts';

/** A project measure per unit of the run: doubles, error bounds, and the exact total on demand. */
export interface UnitTotals {
  readonly v: Float64Array;
  readonly e: Float64Array;
  exact(u: number): Q;
}

const COMPUTED = new Set<string>([...PROJECT_OUTCOME_NAMES, ...PROJECT_PROGRESS_NAMES]);
const ROW_NAMES = new Set(['id', 'unitId', 'name']);

/** A decimal or yes/no field of every project as a column; other fields and computed names are not columns. */
function fieldNode(cp: CompiledPack, data: Dataset, name: string): FNode {
  const computed = COMPUTED.has(name) || flagOf(cp, name) !== undefined || (cp.pack.projectRules?.facts ?? []).some((f) => f.id === name);
  const type = projectFieldTypes(cp.pack)[name];
  if (computed || type === undefined) throw new Unsupported(`项目字段 ${name}`);
  const raw = data.projects.map((p) => p.fields[name] ?? null);
  if (type === 'boolean') {
    if (raw.some((x) => x !== null && typeof x !== 'boolean')) throw new Unsupported(`项目字段 ${name}`);
    return boolNode(() => Float64Array.from(raw, (x) => (x === true ? 1 : x === false ? 0 : NaN)));
  }
  if (type !== 'decimal') throw new Unsupported(`项目字段 ${name}`);
  // As the exact index reads them: text as a decimal, a yes/no as no number.
  const text = raw.map((x) => (typeof x === 'string' ? x : null));
  return numNode(() => {
    const v = new Float64Array(text.length);
    const e = new Float64Array(text.length);
    text.forEach((t, k) => { v[k] = t === null ? NaN : readDecimal(t); e[k] = t === null ? 0 : readError(v[k]!); });
    return { v, e };
  }, (k) => (text[k] === null ? null : parseDecimal(text[k]!)));
}

/** The raw values of a text or date field (or the row's id, unit, name), as the exact row holds them; null for other names. */
function textValues(cp: CompiledPack, data: Dataset, name: string): Value[] | null {
  if (COMPUTED.has(name) || flagOf(cp, name) !== undefined) return null;
  if (ROW_NAMES.has(name)) return data.projects.map((p) => p[name as 'id' | 'unitId' | 'name']);
  const type = projectFieldTypes(cp.pack)[name];
  if (type !== 'string' && type !== 'date') return null;
  return data.projects.map((p) => p.fields[name] ?? null);
}

const flagOf = (cp: CompiledPack, name: string) => (cp.pack.projectFlags ?? []).find((f) => f.id === name);

/**
 * A leaf over a text or date field against a literal: decided per project by the exact engine's own
 * operator (no number is involved, so nothing can differ), inWindow against the run's window.
 */
function textLeaf(cp: CompiledPack, data: Dataset, c: FactCondition, rt: RunState, p: number): FNode | null {
  const v = c.value;
  const values = c.path === undefined && (v === null || typeof v !== 'object' || Array.isArray(v)) ? textValues(cp, data, c.fact) : null;
  if (values === null) return null;
  const lit = literalValue(v as Exclude<typeof v, { fact: string }>);
  const op = OPERATOR_FNS[c.operator];
  const ctx = rt.ctx(p, -1);
  return boolNode(() => Float64Array.from(values, (x) => (op(x, lit, ctx) ? 1 : 0)));
}

/** Names in a project measure's condition: flags and fields as columns, then the pack's parameters (as the exact row scope). */
function projectScope(cp: CompiledPack, data: Dataset, rt: RunState, p: number, fields: Map<string, FNode>): FastScope {
  const n = data.projects.length;
  // Flags are built per measure (their columns are lent from the pool); fields are kept for the run.
  const built = new Map<string, FNode>();
  const scope: FastScope = {
    n,
    ident: (name) => {
      if (cp.params.has(name) && projectFieldTypes(cp.pack)[name] === undefined && !COMPUTED.has(name) && !ROW_NAMES.has(name) && flagOf(cp, name) === undefined) return constNode(cp.params.get(name) ?? null, n);
      const flag = flagOf(cp, name);
      const memo = flag === undefined ? fields : built;
      let node = memo.get(name);
      if (node === undefined) {
        node = flag === undefined ? fieldNode(cp, data, name) : compileFastCondition(flag.when, scope);
        memo.set(name, node);
      }
      return node;
    },
    member: (o, prop) => { throw new Unsupported(`${o}.${prop}`); },
    leaf: (c) => textLeaf(cp, data, c, rt, p),
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
  const decimals = Object.entries(projectFieldTypes(pack)).filter(([, t]) => t === 'decimal').map(([k]) => k);
  return data.projects.every((p) => units.has(p.unitId) && !indicators.has(p.id) &&
    decimals.every((k) => { const x = p.fields[k]; return typeof x !== 'string' || !Number.isNaN(readDecimal(x)); }));
}

/** Per run: each project's unit, the field columns (plain arrays, never lent), and the measures computed. */
interface RunProjects {
  readonly unitOf: Int32Array;
  readonly fields: Map<string, FNode>;
  readonly totals: Map<string, UnitTotals>;
}

const runs = new WeakMap<Columns, RunProjects>();

function runProjects(cols: Columns): RunProjects {
  let r = runs.get(cols);
  if (r === undefined) {
    const unit = new Map(cols.data.units.map((u, k) => [u.id, k]));
    r = { unitOf: Int32Array.from(cols.data.projects, (p) => unit.get(p.unitId) ?? -1), fields: new Map(), totals: new Map() };
    runs.set(cols, r);
  }
  return r;
}

/**
 * A count or sum over projects as columns: the measure's condition over every project at once,
 * then one pass adding each passing project to its unit. Computed once per run and measure (the
 * result is kept outside the column pool, which is taken back after each group).
 */
export function projectTotals(cp: CompiledPack, cols: Columns, id: string, rt: RunState, p: number): UnitTotals {
  const run = runProjects(cols);
  const hit = run.totals.get(id);
  if (hit !== undefined) return hit;
  const m = cp.measures.get(id)!;
  const { data } = cols;
  const scope = projectScope(cp, data, rt, p, run.fields);
  const P = data.projects.length;
  if (m.def.aggregate === 'sum' && m.value !== null) throw new Unsupported('项目计算值求和');
  const value = m.def.aggregate === 'count' ? null : scope.ident(m.def.field ?? '');
  if (value !== null && value.t !== 'n') throw new Unsupported(`项目字段 ${m.def.field ?? ''}`);
  const where = m.def.where === undefined ? null : compileFastCondition(m.def.where, scope);
  const w = where === null ? null : where.t === 'b' ? where.col().v : new Float64Array(P);
  const x = value === null ? null : value.col();
  const v = new Float64Array(cols.n);
  const e = new Float64Array(cols.n);
  // Projects that count, chained per unit in input order, for the exact totals asked near a decision.
  const head = new Int32Array(cols.n).fill(-1);
  const next = new Int32Array(P).fill(-1);
  for (let k = P - 1; k >= 0; k--) {
    const xk = x === null ? 1 : x.v[k]!;
    if ((w !== null && w[k] !== 1) || Number.isNaN(xk)) continue;
    const u = run.unitOf[k]!;
    next[k] = head[u]!;
    head[u] = k;
  }
  for (let u = 0; u < cols.n; u++) {
    for (let k = head[u]!; k !== -1; k = next[k]!) {
      const xk = x === null ? 1 : x.v[k]!;
      const ek = x === null || x.e === null ? 0 : x.e[k]!;
      const t = v[u]! + xk;
      e[u] = e[u] === 0 && ek === 0 && Number.isInteger(t) && Math.abs(t) <= 2 ** 53 ? 0 : e[u]! + ek + Math.abs(t) * U;
      v[u] = t;
    }
  }
  const field = m.def.field ?? '';
  const totals: UnitTotals = {
    v, e,
    exact: (u) => {
      let s = ZERO;
      for (let k = head[u]!; k !== -1; k = next[k]!) s = s.add(x === null ? 1 : parseDecimal(data.projects[k]!.fields[field] as string));
      return s;
    },
  };
  run.totals.set(id, totals);
  return totals;
}
