import { randomUUID } from 'node:crypto';
import type { ParamOverrides } from '@kaoping/contracts';
import { appendAudit, getVersion, insertRun, nowIso, versionInForce, type Store, type User } from '@kaoping/store';
import { evaluate } from '@kaoping/engine';
import { fail } from '../../errors/fail.ts';
import { checkPack } from '../packs/check-pack.ts';
import { loadSnapshot } from './load-snapshot.ts';
import { runFingerprint } from './fingerprint.ts';

/**
 * Evaluates a published version (default: the one in force at asOf) on the scheme's current data and
 * stores the result with its trace. The engine is pure, so the same inputs give byte-identical JSON.
 */
export async function createRun(store: Store, schemeId: string, input: { asOf: string; version?: number | undefined; params?: ParamOverrides | undefined }, user: User) {
  const version =
    input.version === undefined ? await versionInForce(store.db, schemeId, input.asOf) : await getVersion(store.db, schemeId, input.version);
  if (!version) {
    throw input.version === undefined
      ? fail.invalid(`${input.asOf} 没有生效的已发布版本，请先发布规则或指定版本`, [{ pointer: '/asOf', message: '此日期没有生效的版本' }])
      : fail.notFound(`版本 ${input.version} `);
  }
  const params = input.params ?? {};
  const { pack, compiled } = checkPack(version.pack, params);
  const dataset = await loadSnapshot(store, schemeId);
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
  };
  const { result: _stored, ...summary } = run;
  await store.db.transaction().execute(async (trx) => {
    await insertRun(trx, run);
    await appendAudit(trx, { actor: user.username, action: 'run', entity: 'run', entityId: run.id, after: summary });
  });
  return { ...summary, result };
}
