import { contract, type ErrorCode, type JobView } from '@kaoping/contracts';
import { ApiError } from './api-error.ts';
import { call } from './client.ts';

export type { JobView };

/** Where a waiting screen shows the job: 0–100 and what it is doing (rows read/validated/written, units evaluated or saved). */
export type JobProgress = (job: Pick<JobView, 'state' | 'progress' | 'detail'>) => void;

const STATUS: Partial<Record<string, number>> = {
  DATA_INVALID: 400,
  VALIDATION_FAILED: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DATA_INCOMPLETE: 409,
  UPLOAD_LIMIT_EXCEEDED: 413,
};

/** A failed job's error as the synchronous route would have answered it. */
function jobError(job: JobView): ApiError {
  const code = job.error?.code ?? 'INTERNAL';
  return new ApiError(code as ErrorCode, STATUS[code] ?? (code === 'INTERNAL' ? 500 : 422), job.error?.message ?? '', job.error?.problems ?? []);
}

/** GET /jobs/:id: an import or a run queued on the server. */
function getJob(id: string): Promise<JobView> {
  return call(contract.jobs.get, { params: { id } });
}

/** Polls a queued job (every `everyMs`) until it ends, reporting its progress; its result, or its error thrown. */
export async function waitForJob(first: JobView, onProgress?: JobProgress, everyMs = 400): Promise<unknown> {
  let job = first;
  for (;;) {
    onProgress?.(job);
    if (job.state === 'done') return job.result;
    if (job.state === 'failed') throw jobError(job);
    await new Promise((r) => setTimeout(r, everyMs));
    job = await getJob(job.id);
  }
}
