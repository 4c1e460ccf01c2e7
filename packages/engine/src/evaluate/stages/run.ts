import type { CompiledPack } from '../../compile/compiled.ts';
import type { Ctx, Runtime } from '../../formula/runtime.ts';
import type { PeriodInfo } from '../calendar.ts';
import type { DataIndex } from '../data-index.ts';
import type { RankInfo } from '../ranking.ts';
import type { Records } from '../record/records.ts';
import type { Detail } from '../sources.ts';

/**
 * What every stage reads of a run: the `Runtime` compiled formulas use, plus the pack, the data, the
 * periods and the records. Stages depend on this interface, never on the class that implements it.
 */
export interface Run extends Runtime {
  readonly cp: CompiledPack;
  readonly data: DataIndex;
  readonly periods: readonly PeriodInfo[];
  /** Which rows made up a measure or an adjustment: key `p|u|id`. */
  readonly details: Map<string, Detail>;
  /** The evaluations recorded for a trace; null when no trace is asked (nothing is recorded). */
  readonly records: Records | null;
  ctx(p: number, u: number, i?: number): Ctx;
  rankInfo(p: number, u: number): RankInfo;
}
