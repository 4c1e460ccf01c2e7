import { contract, type DataGap, type ParamOverrides, type RunSummary, type RunView } from '@kaoping/contracts';
import { call, urlOf } from './client.ts';
import { waitForJob, type JobProgress } from './jobs.ts';

/**
 * Runs the scheme as of a date as a background job (202), follows its progress (`onJob`), and answers the
 * stored run with its full result once the job is done.
 */
export async function startRun(
  sid: string, asOf: string, version?: number, params: ParamOverrides = {}, acceptGaps = false, onJob?: JobProgress,
): Promise<RunView> {
  const body = { asOf, ...(version === undefined ? {} : { version }), ...(Object.keys(params).length === 0 ? {} : { params }), ...(acceptGaps ? { acceptGaps } : {}) };
  const queued = await call(contract.jobs.run, { params: { sid }, body });
  const { runId } = (await waitForJob(queued, onJob)) as { runId: string };
  return getRun(runId);
}

/** The data a run as of `asOf` would miss (targets, monthly reports, groups). */
export async function fetchGaps(sid: string, asOf: string, version?: number): Promise<DataGap[]> {
  return (await call(contract.runs.gaps, { params: { sid }, query: version === undefined ? { asOf } : { asOf, version } })).data;
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
