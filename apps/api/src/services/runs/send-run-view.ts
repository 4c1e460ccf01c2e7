import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { getRunView, putRunView, type RunViewRow, type Store } from '@kaoping/store';
import type { Request, Response } from 'express';
import { unitScope, type Scope } from '../../auth/scope.ts';
import { fail } from '../../errors/fail.ts';
import { sendStored } from '../../http/send-stored.ts';
import { readCachesOf, type CachedHead, type ReadCaches } from '../reads/read-caches.ts';
import { readRunWith, runHead, visibleTo } from './read-run.ts';

/** Bump when what a run's answer contains changes, so views stored by older code are rebuilt. */
const VIEW_FORMAT = 'run-view-1';

export function hash(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('base64url');
}

/**
 * GET /runs/:rid without re-parsing the stored result: the answer for the run's current state (status, official)
 * and the user's audience (everyone, or one reporter's unit) is built once, stored gzip-compressed in run_views
 * and sent as stored, with a strong ETag (If-None-Match → 304). A release or void changes the state, so the next
 * read rebuilds it; every API process shares the stored views. The run's head and its views are also kept in
 * this process's read caches, so a repeated read asks the database nothing.
 */
export async function sendRunView(store: Store, id: string, scope: Scope, req: Request, res: Response): Promise<void> {
  const caches = readCachesOf(store);
  const { head, state } = await cachedRunHead(store, caches, id);
  visibleTo(head, id, scope);
  // A reporter reads only runs of the bound scheme, and the own unit's view (403 otherwise, even when cached).
  const unitId = unitScope(scope, head.schemeId);
  const audience = unitId === undefined ? 'all' : `unit:${unitId}`;
  let view = caches.view(id, audience, state);
  if (view === undefined) {
    view = await getRunView(store.db, id, audience);
    if (view?.state !== state) {
      view = await buildView(store, head, scope, state);
      await putRunView(store.db, id, audience, view);
    }
    view = { ...view, bodyGz: asBuffer(view.bodyGz) };
    caches.putView(id, audience, view);
  }
  sendStored(req, res, view);
}

/** The run's head and the hash of what an answer about it depends on, from the read caches when they hold it. */
export async function cachedRunHead(store: Store, caches: ReadCaches, id: string): Promise<CachedHead> {
  const cached = caches.head(id);
  if (cached) return cached;
  const ticket = caches.ticket();
  const head = await runHead(store, id);
  if (head === undefined) throw fail.notFound(`运行记录 ${id} `);
  const fresh = { head, state: hash(`${VIEW_FORMAT}\n${JSON.stringify(head)}`) };
  caches.putHead(id, fresh, ticket);
  return fresh;
}

/** The stored bytes as a Buffer without copying (PGlite gives a Uint8Array), so sending them copies nothing. */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

async function buildView(store: Store, head: CachedHead['head'], scope: Scope, state: string): Promise<RunViewRow> {
  const body = JSON.stringify(await readRunWith(store, head, scope));
  return { state, etag: `"${hash(body)}"`, bodyGz: gzipSync(body, { level: 9 }) };
}
