import { randomUUID } from 'node:crypto';
import { ErrorCode, KaopingError, type DataGap, type ParamOverrides } from '@kaoping/contracts';
import { appendAudit, getVersion, insertRun, nowIso, versionInForce, type Store, type User } from '@kaoping/store';
import { evaluate, findGaps } from '@kaoping/engine';
import { fail } from '../../errors/fail.ts';
import { checkPack } from '../packs/check-pack.ts';
import { loadSnapshot } from './load-snapshot.ts';
import { runFingerprint } from './fingerprint.ts';

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
 * stores the result with its trace as a 待审核 draft. Data gaps refuse the run unless accepted.
 * The engine is pure, so the same inputs give byte-identical JSON.
 */
export async function createRun(store: Store, schemeId: string, input: RunInput, user: User) {
  const version =
    input.version === undefined ? await versionInForce(store.db, schemeId, input.asOf) : await getVersion(store.db, schemeId, input.version);
  if (version !== undefined && version.review.status !== 'approved') {
    throw fail.conflict(`版本 v${version.version} ${version.review.status === 'pending' ? '待复核' : '已被驳回'}，不能用于考评；须由另一位考评员或管理员复核通过`);
  }
  if (!version) {
    throw input.version === undefined
      ? fail.invalid(`${input.asOf} 没有生效的已发布版本，请先发布规则或指定版本`, [{ pointer: '/asOf', message: '此日期没有生效的版本' }])
      : fail.notFound(`版本 ${input.version} `);
  }
  const params = input.params ?? {};
  const { pack, compiled } = checkPack(version.pack, params);
  const dataset = await loadSnapshot(store, schemeId);
  const gaps: DataGap[] = findGaps(pack, dataset, input.asOf);
  if (gaps.length > 0 && input.acceptGaps !== true) {
    throw new KaopingError(ErrorCode.DATA_INCOMPLETE, `数据不完整（${gaps.length} 处缺口），确认接受这些缺口后才能运行`, gaps.map((g) => ({ message: g.message })));
  }
  const result = evaluate(compiled, dataset, { asOf: input.asOf, trace: true });
  const run = {
    id: randomUUID(),
    schemeId,
    version: version.version,
    asOf: input.asOf,
    fingerprint: runFingerprint(pack, dataset, input.asOf, params),
    result: JSON.stringify(result),
    createdBy: user.username,
    createdAt: nowIso(),
    periodId: result.period.id,
    periodLabel: result.period.label,
    gaps: gaps.length > 0 ? JSON.stringify(gaps) : null,
  };
  await store.db.transaction().execute(async (trx) => {
    await insertRun(trx, run);
    const { result: _r, gaps: _g, ...audited } = run;
    await appendAudit(trx, { actor: user.username, action: 'run', entity: 'run', entityId: run.id, after: { ...audited, gaps: gaps.length } });
  });
  return { runId: run.id, result, gaps };
}
