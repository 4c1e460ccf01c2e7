import type { Dataset, RunResult } from '@kaoping/contracts';
import { ErrorCode, IsoDate, KaopingError, RUN_FORMAT } from '@kaoping/contracts';
import type { CompiledPack } from '../compile/compiled.ts';
import { toExact } from '../exact/q.ts';
import { runLimitError } from '../limits/guard-formula.ts';
import { isLimitError } from '../limits/limit-errors.ts';
import { buildProjects } from '../project/build-projects.ts';
import { explainProjects } from '../project/explain-projects.ts';
import { explainUnit } from '../trace/explain-unit.ts';
import { factJson } from './format.ts';
import { periodSeries } from './calendar.ts';
import { indexData } from './data-index.ts';
import { RunState } from './run-state.ts';
import { buildGroups } from './stages/result.ts';

export interface EvaluateOptions {
  /** The as-of date, YYYY-MM-DD: the run covers the period that contains it. */
  readonly asOf: string;
  /** Include per-unit explanation lines in Chinese. */
  readonly trace?: boolean;
}

/** Prepares a run: periods from the scheme's start to `asOf`, and the data indexed once; `trace` records every evaluation. */
export function prepareRun(cp: CompiledPack, data: Dataset, asOf: string, trace = false): RunState {
  if (!IsoDate.safeParse(asOf).success) {
    throw new KaopingError(ErrorCode.VALIDATION_FAILED, `截止日 “${asOf}” 须形如 2021-06-30`, [{ message: '日期格式应为 YYYY-MM-DD' }]);
  }
  return new RunState(cp, indexData(cp.pack, data), periodSeries(cp.pack.calendar, asOf), trace);
}

/**
 * Scores, ranks and decides outcomes as of a date. Pure and deterministic: the same pack, data and
 * date give the same result, in Node and in the browser.
 */
export function evaluate(cp: CompiledPack, data: Dataset, options: EvaluateOptions): RunResult {
  try {
    return evaluateRun(cp, data, options);
  } catch (e) {
    // Limits reached outside any formula's guard (a condition, a ranking or a trace) name no node.
    if (isLimitError(e)) throw runLimitError(e.message);
    throw e;
  }
}

function evaluateRun(cp: CompiledPack, data: Dataset, options: EvaluateOptions): RunResult {
  const rt = prepareRun(cp, data, options.asOf, options.trace === true);
  const p = rt.periods.length - 1;
  const period = rt.periods[p];
  if (period === undefined) throw new KaopingError(ErrorCode.EVALUATION_FAILED, '没有可考评的期间');
  const result: RunResult = {
    format: RUN_FORMAT,
    pack: { id: cp.pack.id, name: cp.pack.name, version: cp.pack.version ?? null },
    asOf: options.asOf,
    period: { id: period.id, label: period.label, start: period.start, end: period.end, asOf: period.asOf, timeProgress: toExact(period.timeProgress) },
    indicators: cp.pack.indicators.map((i) => ({ id: i.id, name: i.name, unit: i.unit ?? null })),
    lists: cp.lists.map((l) => ({
      id: l.id,
      name: l.name,
      amountUnit: l.amountUnit,
      reasons: Object.fromEntries(l.rules.map((r) => [r.reason, r.label ?? r.reason])),
    })),
    groups: buildGroups(rt, p),
  };
  if (cp.params.size > 0) result.parameters = Object.fromEntries([...cp.params].map(([k, v]) => [k, factJson(v)]));
  if (cp.projectRules.present) result.projects = buildProjects(rt, p);
  if (options.trace === true) {
    result.trace = Object.fromEntries(rt.data.units.map((unit, u) => [unit.id, [...explainUnit(rt, p, u), ...explainProjects(rt, p, u)]]));
  }
  return result;
}
