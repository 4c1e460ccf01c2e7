import type { RulePack, RunResult, VersionDiff, VersionSummary, VersionView } from '@kaoping/contracts';
import { request, unwrapList } from './request.ts';

export type { RuleChange, VersionDiff, VersionSummary } from '@kaoping/contracts';
/** A version with its pack. */
export type VersionDetail = VersionView;

const base = (sid: string) => `/schemes/${encodeURIComponent(sid)}/versions`;

/** Publishes the draft; the version takes effect on `effectiveFrom` (生效日期). */
export function publish(sid: string, note: string, effectiveFrom?: string): Promise<VersionSummary> {
  return request<VersionSummary>(base(sid), { method: 'POST', body: effectiveFrom === undefined ? { note } : { note, effectiveFrom } });
}

export async function listVersions(sid: string): Promise<VersionSummary[]> {
  return unwrapList<VersionSummary>(await request<unknown>(base(sid)), 'versions');
}

export function getVersion(sid: string, v: number): Promise<VersionDetail> {
  return request<VersionDetail>(`${base(sid)}/${v}`);
}

export function diffVersions(sid: string, a: number, b: number): Promise<VersionDiff> {
  return request<VersionDiff>(`${base(sid)}/${a}/diff/${b}`);
}

export function restoreVersion(sid: string, v: number): Promise<{ pack: RulePack; revision: number }> {
  return request<{ pack: RulePack; revision: number }>(`${base(sid)}/${v}/restore`, { method: 'POST' });
}

/** What the reviewer of a 待复核 version sees: the rule diff against the version it takes over from and the simulation diff. */
export interface VersionReviewView {
  version: VersionSummary;
  base: number | null;
  changes: VersionDiff['changes'];
  asOf: string;
  simulation: { draft: RunResult; published: RunResult | null };
}

export function getVersionReview(sid: string, v: number): Promise<VersionReviewView> {
  return request<VersionReviewView>(`${base(sid)}/${v}/review`);
}

/** 通过 or 驳回 a 待复核 version (a reason is required to reject). */
export function reviewVersion(sid: string, v: number, decision: 'approve' | 'reject', note: string): Promise<VersionSummary> {
  return request<VersionSummary>(`${base(sid)}/${v}/review`, { method: 'POST', body: note === '' ? { decision } : { decision, note } });
}
