import { randomUUID } from 'node:crypto';
import type { DataGap, ParamOverrides } from '@kaoping/contracts';
import { getVersion, insertRun, insertRunUnits, nowIso, versionInForce, type Db, type Store, type User } from '@kaoping/store';
import { fail } from '../../errors/fail.ts';
import { audited } from '../audit/audited.ts';
import { inlineJobs, type Jobs } from '../../jobs/jobs.ts';
import { loadSnapshot } from './load-snapshot.ts';

export interface RunInput {
  asOf: string;
  version?: number | undefined;
  /** Run even though data is missing; the gaps are stored with the run and shown with it. */
  acceptGaps?: boolean | undefined;
  /** 方案参数 overrides of this run; part of the fingerprint. */
  params?: ParamOverrides | undefined;
}

/**
 * Evaluates a published version (default: the one in force at asOf) on the scheme's current data and
 * stores the result with its trace as a 待审核 draft. Data gaps refuse the run unless accepted. The
 * pack is compiled and evaluated by `jobs` (a worker thread in the server), within the engine's limits.
 * The engine is pure, so the same inputs give byte-identical JSON. `onCommit` runs last inside the
 * transaction that stores the run (the job queue marks its job done there, so a job stores one run at most).
 */
export async function createRun(
  store: Store,
  schemeId: string,
  input: RunInput,
  user: User,
  jobs: Jobs = inlineJobs,
  onCommit?: (trx: Db, result: { runId: string; gaps: DataGap[] }) => Promise<void>,
) {
  const version = input.version === undefined ? await versionInForce(store.db, schemeId, input.asOf) : await getVersion(store.db, schemeId, input.version);
  if (version !== undefined && version.review.status !== 'approved') {
    throw fail.conflict(
      `版本 v${version.version} ${version.review.status === 'pending' ? '待复核' : '已被驳回'}，不能用于考评；须由另一位考评员或管理员复核通过`,
    );
  }
  if (!version) {
    throw input.version === undefined
      ? fail.invalid(`${input.asOf} 没有生效的已发布版本，请先发布规则或指定版本`, [{ pointer: '/asOf', message: '此日期没有生效的版本' }])
      : fail.notFound(`版本 ${input.version} `);
  }
  const dataset = await loadSnapshot(store, schemeId);
  const done = await jobs.run({
    kind: 'run',
    input: { pack: version.pack, params: input.params ?? {}, dataset, asOf: input.asOf, acceptGaps: input.acceptGaps === true },
  });
  const gaps = done.gaps;
  const run = {
    id: randomUUID(),
    schemeId,
    version: version.version,
    asOf: input.asOf,
    fingerprint: done.fingerprint,
    result: done.result,
    createdBy: user.username,
    createdAt: nowIso(),
    periodId: done.periodId,
    periodLabel: done.periodLabel,
    gaps: gaps.length > 0 ? JSON.stringify(gaps) : null,
  };
  await audited(store, user.username, async (trx, audit) => {
    await insertRun(trx, run);
    await insertRunUnits(trx, run.id, done.units);
    const { result: _r, gaps: _g, ...logged } = run;
    await audit({ action: 'run', entity: 'run', entityId: run.id, after: { ...logged, gaps: gaps.length } });
    await onCommit?.(trx, { runId: run.id, gaps });
  });
  return { runId: run.id, gaps };
}
