import { gzipSync } from 'node:zlib';
import type { Store } from '@kaoping/store';
import type { Request, Response } from 'express';
import { unitScope, type Scope } from '../../auth/scope.ts';
import { fail } from '../../errors/fail.ts';
import { sendStored } from '../../http/send-stored.ts';
import { readCachesOf } from '../reads/read-caches.ts';
import { readRunUnitWith } from './read-run-unit.ts';
import { visibleTo } from './read-run.ts';
import { cachedRunHead, hash } from './send-run-view.ts';

/**
 * GET /runs/:rid/units/:uid from the read caches: the run's head (visibility, a reporter's own unit) is checked on
 * every request, then the unit's answer for the head's state is sent gzip-compressed as kept, with a strong ETag
 * (If-None-Match → 304). The first read builds it from run_units; a release or void changes the state, so the
 * next read rebuilds it (the heads are dropped on the same NOTIFY as the run views').
 */
export async function sendRunUnit(store: Store, runId: string, unitId: string, scope: Scope, req: Request, res: Response): Promise<void> {
  const caches = readCachesOf(store);
  const { head, state } = await cachedRunHead(store, caches, runId);
  visibleTo(head, runId, scope);
  const own = unitScope(scope, head.schemeId);
  if (own !== undefined && own !== unitId) throw fail.notFound(`单位 ${unitId} 的结果`);
  let answer = caches.unit(runId, unitId, state);
  if (answer === undefined) {
    const body = JSON.stringify(await readRunUnitWith(store, head, unitId));
    answer = { state, etag: `"${hash(body)}"`, bodyGz: gzipSync(body) };
    caches.putUnit(runId, unitId, answer);
  }
  sendStored(req, res, answer);
}
