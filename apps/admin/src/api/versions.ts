import { contract, type SavedDraft, type VersionDiff, type VersionReviewView, type VersionSummary, type VersionView } from '@kaoping/contracts';
import { call } from './client.ts';

/** Publishes the draft; the version takes effect on `effectiveFrom` (生效日期). */
export function publish(sid: string, note: string, effectiveFrom?: string): Promise<VersionSummary> {
  return call(contract.versions.publish, { params: { sid }, body: effectiveFrom === undefined ? { note } : { note, effectiveFrom } });
}

export async function listVersions(sid: string): Promise<VersionSummary[]> {
  return (await call(contract.versions.list, { params: { sid } })).data;
}

export function getVersion(sid: string, v: number): Promise<VersionView> {
  return call(contract.versions.get, { params: { sid, v } });
}

export function diffVersions(sid: string, a: number, b: number): Promise<VersionDiff> {
  return call(contract.versions.diff, { params: { sid, a, b } });
}

export function restoreVersion(sid: string, v: number): Promise<SavedDraft> {
  return call(contract.versions.restore, { params: { sid, v } });
}

/** What the reviewer of a 待复核 version sees: the rule diff against the version it takes over from and the simulation diff. */
export function getVersionReview(sid: string, v: number): Promise<VersionReviewView> {
  return call(contract.versions.getReview, { params: { sid, v } });
}

/** 通过 or 驳回 a 待复核 version (a reason is required to reject). */
export function reviewVersion(sid: string, v: number, decision: 'approve' | 'reject', note: string): Promise<VersionSummary> {
  return call(contract.versions.review, { params: { sid, v }, body: note === '' ? { decision } : { decision, note } });
}
