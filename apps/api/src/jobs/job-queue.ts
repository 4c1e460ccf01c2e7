import { randomUUID } from 'node:crypto';
import { claimJob, finishJob, getUser, insertJob, type JobKind, type Store, type StoredJob, type User } from '@kaoping/store';
import { fail } from '../errors/fail.ts';
import { importTable, type ImportInput } from '../services/imports/import-table.ts';
import { createRun, type RunInput } from '../services/runs/create-run.ts';
import { toJobError } from './job-error.ts';
import type { Jobs } from './jobs.ts';

/** A queued import as stored in its job row: the file as base64. */
type QueuedImport = Omit<ImportInput, 'body' | 'afterRow'> & { body: string };

interface QueueDeps {
  store: Store;
  jobs?: Jobs | undefined;
}

const draining = new Map<Store, { again: boolean }>();

/** Executes one claimed job as its creator, the same way as the synchronous route, and records how it ended. */
async function execute(deps: QueueDeps, job: StoredJob): Promise<void> {
  try {
    const user = await getUser(deps.store.db, job.createdBy);
    if (!user || user.disabled) throw fail.forbidden();
    const input: unknown = JSON.parse(job.input);
    let result: unknown;
    if (job.kind === 'import') {
      const q = input as QueuedImport;
      result = await importTable(deps.store, job.schemeId, { ...q, body: Buffer.from(q.body, 'base64') }, user, deps.jobs);
    } else {
      result = await createRun(deps.store, job.schemeId, input as RunInput, user, deps.jobs);
    }
    await finishJob(deps.store.db, job.id, { result: JSON.stringify(result) });
  } catch (e) {
    await finishJob(deps.store.db, job.id, { error: JSON.stringify(toJobError(e)) });
  }
}

/**
 * Claims and executes queued jobs until none is left. One drain per store in this process; a job
 * queued while it runs is picked up before it stops. Other processes on the same PostgreSQL drain
 * the same queue (claims skip locked rows).
 */
export function drainQueue(deps: QueueDeps): void {
  const running = draining.get(deps.store);
  if (running !== undefined) {
    running.again = true;
    return;
  }
  const state = { again: true };
  draining.set(deps.store, state);
  void (async () => {
    try {
      while (state.again) {
        state.again = false;
        for (let job = await claimJob(deps.store.db); job !== undefined; job = await claimJob(deps.store.db)) await execute(deps, job);
      }
    } finally {
      draining.delete(deps.store);
    }
  })();
}

/** Queues an import or a run for `user` and starts draining; the job's id answers GET /jobs/:id. */
export async function enqueueJob(
  deps: QueueDeps, kind: JobKind, schemeId: string, input: QueuedImport | RunInput, user: User,
): Promise<string> {
  const id = randomUUID();
  await insertJob(deps.store.db, { id, kind, schemeId, input: JSON.stringify(input), createdBy: user.username });
  drainQueue(deps);
  return id;
}
