import type { Dataset, RunResult, TraceLine } from '@kaoping/contracts';
import { IsoDate } from '@kaoping/contracts';
import type { CompiledPack } from '../compile/compiled.ts';
import { periodSeries } from '../evaluate/calendar.ts';
import type { DataIndex } from '../evaluate/data-index.ts';
import { lazyIndexOf } from './lazy-index.ts';
import { evaluate, type EvaluateOptions } from '../evaluate/evaluate.ts';
import { RunState } from '../evaluate/run-state.ts';
import { indexColumns } from './columns.ts';
import { decideGroup, type FastGroup } from './fast-groups.ts';
import { type ExactSide, exactSide, materialize, resultShape, withDetails } from './materialize.ts';
import { heldShape, jsonChunks } from './stream-result.ts';
import { explainUnit } from '../trace/explain-unit.ts';
import { explainProjects } from '../project/explain-projects.ts';
import { runLimitError } from '../limits/guard-formula.ts';
import { isLimitError } from '../limits/limit-errors.ts';
import { Unsupported } from './node.ts';
import { eventTotals, type EventTotals } from './sources.ts';
import { projectsValid } from './project-columns.ts';
import { trimWhenIdle } from './pool.ts';

/** A fast run: decisions as compact arrays; the full result is written on demand. */
export interface FastRun {
  /** Why the exact engine ran instead of the fast path (a feature it does not compile), or null. */
  readonly fallback: string | null;
  /**
   * Formulas the column compiler does not take, computed member by member by the exact engine
   * inside the fast run (each with the reason); empty when everything ran on columns.
   */
  readonly exactFacts: readonly string[];
  /** Per group of the pack, in pack order (empty when `fallback` is set). */
  readonly groups: readonly FastGroup[];
  /** Unit ids by unit number. */
  readonly unitIds: readonly string[];
  /** The `kaoping.run/1` result, byte-identical to `evaluate`'s. */
  result(): RunResult;
  /** One unit's explanation (the result's `trace` entry), computed for that unit only; null for an unknown id. */
  explain(unitId: string): TraceLine[] | null;
  /** The result's JSON text in chunks, byte-identical to `JSON.stringify(result())`, computed unit by unit (see stream-result.ts). */
  json(): Iterable<string>;
}

const EMPTY: DataIndex = { units: [], groupUnits: [], targets: [], reports: [], events: [], projects: [] };

function exactRun(cp: CompiledPack, data: Dataset, options: EvaluateOptions, reason: string): FastRun {
  const r = evaluate(cp, data, options);
  let traced: RunResult | null = null;
  const explain = (unitId: string) => (traced ??= options.trace === true ? r : evaluate(cp, data, { ...options, trace: true })).trace?.[unitId] ?? null;
  return { fallback: reason, exactFacts: [], groups: [], unitIds: data.units.map((u) => u.id), result: () => r, explain, json: () => jsonChunks(heldShape(r)) };
}

/**
 * Scores, ranks and decides the lists in float64 over columns, deciding exactly wherever a float
 * answer could differ (comparisons and roundings within error bounds, near ties, division by a
 * value that may be zero). A formula the column compiler does not take (project measures, prev and
 * the period functions, text values…) is computed member by member by the exact engine and listed
 * in `exactFacts`; only what has no column form at all (a value that is a number for some members
 * and a boolean for others, bad data) runs the whole pack on the exact engine, with `fallback`.
 */
export function evaluateFast(cp: CompiledPack, data: Dataset, options: EvaluateOptions): FastRun {
  if (!IsoDate.safeParse(options.asOf).success) return exactRun(cp, data, options, '截止日格式');
  const cols = indexColumns(cp.pack, data);
  if (cols === null) return exactRun(cp, data, options, '数据有误');
  const periods = periodSeries(cp.pack.calendar, options.asOf);
  const p = periods.length - 1;
  if (!projectsValid(cp.pack, data)) return exactRun(cp, data, options, '数据有误');
  // The exact index, each unit's records converted when a formula needs the exact engine or the result is written.
  let index: DataIndex | null = null;
  const indexed = () => (index ??= lazyIndexOf(cp.pack, data, cols));
  let exact: RunState | null = null;
  const exactState = () => (exact ??= new RunState(cp, indexed(), periods));
  let groups: FastGroup[];
  let events: EventTotals;
  try {
    events = eventTotals(cp, cols, new RunState(cp, EMPTY, periods), p);
    groups = cp.pack.groups.map((_, g) => decideGroup(cp, cols, g, periods[p]!, p, events, exactState));
  } catch (e) {
    if (e instanceof Unsupported) return exactRun(cp, data, options, e.message);
    if (isLimitError(e)) throw runLimitError(e.message);
    throw e;
  } finally {
    trimWhenIdle();
  }
  exact = null;
  let memo: RunResult | null = null;
  let ex: ExactSide | null = null;
  const side = () => (ex ??= exactSide(cp, data, cols, periods, groups, events));
  const unitIds = data.units.map((u) => u.id);
  return {
    fallback: null,
    exactFacts: [...new Set(groups.flatMap((g) => g.exactFacts))],
    groups,
    unitIds,
    result: () => (memo ??= materialize(side(), options.asOf, groups, options.trace === true)),
    json: () => jsonChunks(memo === null ? resultShape(side(), options.asOf, groups, options.trace === true) : heldShape(memo)),
    explain: (unitId) => {
      const u = unitIds.indexOf(unitId);
      const rt = side().fresh();
      if (u >= 0) withDetails(rt, p, u);
      return u < 0 ? null : [...explainUnit(rt, p, u), ...explainProjects(rt, p, u)];
    },
  };
}
