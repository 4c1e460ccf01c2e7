import type { Dataset, FactCondition } from '@kaoping/contracts';
import type { CompiledPack } from '../compile/compiled.ts';
import { literalValue } from '../condition/compile-condition.ts';
import { OPERATOR_FNS } from '../condition/operators.ts';
import type { PeriodInfo } from '../evaluate/calendar.ts';
import { type DataIndex, projectFieldTypes } from '../evaluate/data-index.ts';
import { RunState } from '../evaluate/run-state.ts';
import type { Value } from '../formula/ast.ts';
import type { Ctx } from '../formula/runtime.ts';
import { PROJECT_OUTCOME_NAMES, PROJECT_PROGRESS_NAMES } from '../project/project-names.ts';
import { valuesNode } from './exact-bridge.ts';
import { blockView, projectRow } from './lazy-index.ts';
import { boolNode, F, type FNode, T } from './node.ts';
import { scratchBits } from './pool.ts';

/** Projects `start` to `start + n` of the run: the measures read them one slice at a time. */
export interface Slice {
  readonly data: Dataset;
  readonly start: number;
  readonly n: number;
}

const COMPUTED = new Set<string>([...PROJECT_OUTCOME_NAMES, ...PROJECT_PROGRESS_NAMES]);

/** Whether a project name is computed by the project rules (outcomes, reported investment, the rules' facts). */
export function isOutcome(cp: CompiledPack, name: string): boolean {
  return COMPUTED.has(name) || (cp.pack.projectRules?.facts ?? []).some((f) => f.id === name);
}

/**
 * A slice's boolean column, true where `test` holds: a loop into a lent column, taken back with the
 * slice. A typed array's `from(xs, f)` walks the array's iterator, an object per project (with
 * `Float64Array.from` that was about 400 MB of garbage deciding a million projects).
 */
export function bitsWhere<X>(xs: readonly X[], test: (x: X, k: number) => boolean): Uint8Array {
  const out = scratchBits(xs.length);
  for (let k = 0; k < xs.length; k++) out[k] = test(xs[k]!, k) ? T : F;
  return out;
}

/**
 * The computed names of a slice of projects (status, 滞后期数, reported investment, the rules'
 * facts…), each project's value computed by the exact engine's own project scope, in a state that
 * holds this slice's projects only (outcomes over earlier periods included) and is dropped with it.
 */
export class SliceOutcomes {
  private rt: RunState | null = null;
  private ctxs: Ctx[] | null = null;
  private readonly values = new Map<string, Value[]>();

  constructor(
    private readonly cp: CompiledPack,
    private readonly s: Slice,
    private readonly index: () => DataIndex,
    private readonly periods: readonly PeriodInfo[],
    private readonly p: number,
    private readonly unitOf: (id: string) => number,
  ) {}

  private contexts(): Ctx[] {
    if (this.ctxs !== null) return this.ctxs;
    const rt = (this.rt ??= new RunState(this.cp, blockView(this.index()), this.periods));
    const types = projectFieldTypes(this.cp.pack);
    const out = new Array<Ctx>(this.s.n);
    for (let k = 0; k < this.s.n; k++) {
      const project = this.s.data.projects[this.s.start + k]!;
      out[k] = { rt, p: this.p, u: this.unitOf(project.unitId), i: -1, row: projectRow(types, project) };
    }
    return (this.ctxs = out);
  }

  /** Each project's value of a computed name, as the exact engine's measures read it. */
  valuesOf(name: string): Value[] {
    let xs = this.values.get(name);
    if (xs === undefined) {
      const get = this.cp.projectRules.scope.ident(name);
      xs = this.contexts().map((ctx) => get?.(ctx) ?? null);
      this.values.set(name, xs);
    }
    return xs;
  }

  /** A leaf over a computed name against a literal, decided per project by the exact engine's operator; null for other leaves. */
  leaf(c: FactCondition): FNode | null {
    const v = c.value;
    if (c.path !== undefined || !isOutcome(this.cp, c.fact) || (v !== null && typeof v === 'object' && !Array.isArray(v))) return null;
    const xs = this.valuesOf(c.fact);
    const lit = literalValue(v);
    const op = OPERATOR_FNS[c.operator];
    const ctxs = this.contexts();
    return boolNode(() => bitsWhere(xs, (x, k) => op(x, lit, ctxs[k]!)));
  }

  /** A computed name read as a value (a sum's field, a comparison between names): numbers or booleans only. */
  node(name: string): FNode {
    // Always null stays a number column of NaN (not the null constant): a sum over it runs on columns.
    return valuesNode(this.valuesOf(name), `项目字段 ${name}`);
  }
}
