import type { DataGap, ParamOverrides, RulePack, RunResult, RunStatus } from '@kaoping/contracts';
import { waitForJob, type JobProgress, type JobView } from './jobs.ts';
import { buildUrl, request, unwrapList } from './request.ts';

export interface RunSummary {
  id: string;
  asOf: string;
  version?: number | null;
  createdAt?: string;
  createdBy?: string;
  periodLabel?: string | null;
  status?: RunStatus;
  releasedBy?: string | null;
  releasedAt?: string | null;
  releaseNote?: string | null;
  voidedBy?: string | null;
  voidReason?: string | null;
  official?: boolean;
  superseded?: boolean;
}

export interface RunRecord extends RunSummary {
  result: RunResult;
  gaps: DataGap[];
}

/** A run answer may be the RunResult itself or an envelope holding it. */
export function toRunRecord(body: unknown, fallbackId = ''): RunRecord {
  const rec = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const result = (rec.format === undefined ? rec.result : rec) as RunResult;
  const id = typeof rec.id === 'string' || typeof rec.id === 'number' ? String(rec.id) : typeof rec.runId === 'string' ? rec.runId : fallbackId;
  const version = typeof rec.version === 'number' ? rec.version : null;
  const summary = rec as Partial<RunSummary>;
  const gaps = Array.isArray(rec.gaps) ? (rec.gaps as DataGap[]) : [];
  return { ...summary, id, asOf: result.asOf, version, result, gaps };
}

/** Queues a run as a background job (202), follows its progress, and opens the stored run when it is done. */
export async function startRun(
  sid: string, asOf: string, version?: number, params: ParamOverrides = {}, acceptGaps = false, onJob?: JobProgress,
): Promise<RunRecord> {
  const payload = { asOf, ...(version === undefined ? {} : { version }), ...(Object.keys(params).length === 0 ? {} : { params }), ...(acceptGaps ? { acceptGaps } : {}) };
  const queued = await request<JobView>(`/schemes/${encodeURIComponent(sid)}/jobs/runs`, { method: 'POST', body: payload });
  const { runId } = (await waitForJob(queued, onJob)) as { runId: string };
  return getRun(runId);
}

/** The data a run as of `asOf` would miss (targets, monthly reports, groups). */
export async function fetchGaps(sid: string, asOf: string, version?: number): Promise<DataGap[]> {
  return unwrapList<DataGap>(await request<unknown>(`/schemes/${encodeURIComponent(sid)}/gaps`, { query: version === undefined ? { asOf } : { asOf, version: String(version) } }), 'gaps');
}

/** 发布结果 with a note, or 作废 with a reason. */
export async function reviewRun(rid: string, action: 'release' | 'void', text: string): Promise<RunRecord> {
  const body = action === 'release' ? { note: text } : { reason: text };
  return toRunRecord(await request<unknown>(`/runs/${encodeURIComponent(rid)}/${action}`, { method: 'POST', body }), rid);
}

export async function listRuns(sid: string): Promise<RunSummary[]> {
  const rows = unwrapList<RunSummary & { runId?: string }>(await request<unknown>(`/schemes/${encodeURIComponent(sid)}/runs`), 'runs');
  return rows.map((r) => ({ ...r, id: String(r.id ?? r.runId ?? '') }));
}

export async function getRun(rid: string): Promise<RunRecord> {
  return toRunRecord(await request<unknown>(`/runs/${encodeURIComponent(rid)}`), rid);
}

export function exportUrl(rid: string, format: 'xlsx' | 'csv'): string {
  return buildUrl(`/runs/${encodeURIComponent(rid)}/export`, { format });
}

export interface ServerSimulation {
  draft: RunResult;
  published: RunResult | null;
  diff: unknown;
}

export function simulateOnServer(sid: string, pack: RulePack, asOf: string): Promise<ServerSimulation> {
  return request<ServerSimulation>(`/schemes/${encodeURIComponent(sid)}/simulate`, { method: 'POST', body: { pack, asOf } });
}
