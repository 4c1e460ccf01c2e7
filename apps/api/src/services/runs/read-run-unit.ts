import { RunResult, type RunUnitView } from '@kaoping/contracts';
import { getRun, getRunUnit, hasRunUnits, insertRunUnits, type Store } from '@kaoping/store';
import { unitScope, type Scope } from '../../auth/scope.ts';
import { fail } from '../../errors/fail.ts';
import { visibleRunHead } from './read-run.ts';
import { unitRowsOf, type RunUnitBody } from './unit-rows.ts';

/**
 * One unit of a stored run (its row, group and trace), read from run_units without parsing the whole result.
 * Runs stored before run_units existed are cut into rows on first use. A reporter reads only the own unit.
 */
export async function readRunUnit(store: Store, runId: string, unitId: string, scope: Scope): Promise<RunUnitView> {
  const head = await visibleRunHead(store, runId, scope);
  const own = unitScope(scope, head.schemeId);
  if (own !== undefined && own !== unitId) throw fail.notFound(`单位 ${unitId} 的结果`);
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
