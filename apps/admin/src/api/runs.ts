import type { ParamOverrides, RulePack, RunResult } from '@kaoping/contracts';
import { buildUrl, request, unwrapList } from './request.ts';

export interface RunSummary {
  id: string;
  asOf: string;
  version?: number | null;
  createdAt?: string;
  createdBy?: string;
  periodLabel?: string;
}

export interface RunRecord extends RunSummary {
  result: RunResult;
}

/** A run answer may be the RunResult itself or an envelope holding it. */
export function toRunRecord(body: unknown, fallbackId = ''): RunRecord {
  const rec = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const result = (rec.format === undefined ? rec.result : rec) as RunResult;
  const id = typeof rec.id === 'string' || typeof rec.id === 'number' ? String(rec.id) : typeof rec.runId === 'string' ? rec.runId : fallbackId;
  const version = typeof rec.version === 'number' ? rec.version : null;
  return { id, asOf: result.asOf, version, result };
}

export async function startRun(sid: string, asOf: string, version?: number, params: ParamOverrides = {}): Promise<RunRecord> {
  const payload = { asOf, ...(version === undefined ? {} : { version }), ...(Object.keys(params).length === 0 ? {} : { params }) };
  const body = await request<unknown>(`/schemes/${encodeURIComponent(sid)}/runs`, { method: 'POST', body: payload });
  return toRunRecord(body);
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
