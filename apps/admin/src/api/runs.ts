import { contract, RunJobResult, type ParamOverrides, type RunSummary, type RunView } from '@kaoping/contracts';
import { answerOf, call, fitting, urlOf } from './client.ts';
import { waitForJob, type JobProgress } from './jobs.ts';

/** How long the POST may wait for the run to end: a run that ends by then is answered whole (201). */
const RUN_WAIT_MS = 5000;

/**
 * Runs the scheme as of a date as a background job. A run that ends within RUN_WAIT_MS is the POST's answer
 * (201, no further request); a longer one answers 202, its progress is followed (`onJob`) and the finished
 * run fetched. Unaccepted gaps fail with DATA_INCOMPLETE, one problem per gap.
 */
export async function startRun(
  sid: string,
  asOf: string,
  version?: number,
  params: ParamOverrides = {},
  acceptGaps = false,
  onJob?: JobProgress,
): Promise<RunView> {
  const body = {
    asOf,
    ...(version === undefined ? {} : { version }),
    ...(Object.keys(params).length === 0 ? {} : { params }),
    ...(acceptGaps ? { acceptGaps } : {}),
  };
  const answer = await answerOf(contract.jobs.run, { params: { sid }, body, query: { wait: RUN_WAIT_MS } });
  if (answer.status === 201) return answer.data;
  const { runId } = fitting(RunJobResult, await waitForJob(answer.data, onJob), 'GET /jobs/:id result');
  return getRun(runId);
}

/** 发布结果 with a note, or 作废 with a reason. */
export function reviewRun(rid: string, action: 'release' | 'void', text: string): Promise<RunView> {
  if (action === 'release') return call(contract.runs.release, { params: { rid }, body: { note: text } });
  return call(contract.runs.void, { params: { rid }, body: { reason: text } });
}

export async function listRuns(sid: string): Promise<RunSummary[]> {
  return (await call(contract.runs.list, { params: { sid } })).data;
}

export function getRun(rid: string): Promise<RunView> {
  return call(contract.runs.get, { params: { rid } });
}

export function exportUrl(rid: string, format: 'xlsx' | 'csv'): string {
  return urlOf(contract.runs.export, { params: { rid }, query: { format } });
}
