import { RunResult, type RunUnitView } from '@kaoping/contracts';
import { getRun, getRunUnit, hasRunUnits, insertRunUnits, type Store } from '@kaoping/store';
import { fail } from '../../errors/fail.ts';
import type { ListedRun } from './mark-official.ts';
import { unitRowsOf, type RunUnitBody } from './unit-rows.ts';

/**
 * One unit of a stored run (its row, group and trace), read from run_units without parsing the whole result, for
 * a head the caller checked (visible to the user, the unit in the user's scope: see send-run-unit.ts). Runs
 * stored before run_units existed are cut into rows on first use.
 */
export async function readRunUnitWith(store: Store, head: ListedRun, unitId: string): Promise<RunUnitView> {
  const runId = head.id;
  let row = await getRunUnit(store.db, runId, unitId);
  if (!row && !(await hasRunUnits(store.db, runId))) {
    const run = await getRun(store.db, runId);
    if (run) await insertRunUnits(store.db, runId, unitRowsOf(RunResult.parse(JSON.parse(run.result))));
    row = await getRunUnit(store.db, runId, unitId);
  }
  if (!row) throw fail.notFound(`单位 ${unitId} 的结果`);
  // The body was written by unitRowsOf from a parsed RunResult.
  return { runId, status: head.status, official: head.official, ...(JSON.parse(row.body) as RunUnitBody) };
}
