import type { Group, RulePack } from '@kaoping/contracts';
import { request, unwrapList } from './request.ts';

export interface SchemeSummary {
  id: string;
  name: string;
  /** Latest published version, null before the first publish. */
  latestVersion: number | null;
  /** 发布需复核: published versions take effect only once another evaluator or admin approves them. */
  reviewRequired?: boolean;
  createdAt?: string;
  createdBy?: string;
}

export interface SchemeOverview extends SchemeSummary {
  groups: Array<Pick<Group, 'id' | 'name'> & { units: number }>;
  unitCount: number;
  indicators: Array<{ id: string; name: string; unit: string | null }>;
  draftRevision: number | null;
  /** Where the overview was read from: `draft`, `v3`, or null for an empty scheme. */
  source: string | null;
}

export interface Draft {
  pack: RulePack;
  revision: number;
  /** 生效日期 a publish defaults to (GET only). */
  effectiveFromDefault?: string;
}

export async function listSchemes(): Promise<SchemeSummary[]> {
  return unwrapList<SchemeSummary>(await request<unknown>('/schemes'), 'schemes');
}

export function createScheme(input: { id: string; name: string; fromSchemeId?: string }): Promise<SchemeSummary> {
  return request<SchemeSummary>('/schemes', { method: 'POST', body: input });
}

export function getScheme(sid: string): Promise<SchemeOverview> {
  return request<SchemeOverview>(`/schemes/${encodeURIComponent(sid)}`);
}

export function getDraft(sid: string): Promise<Draft> {
  return request<Draft>(`/schemes/${encodeURIComponent(sid)}/draft`);
}

export function saveDraft(sid: string, draft: Draft): Promise<Draft> {
  return request<Draft>(`/schemes/${encodeURIComponent(sid)}/draft`, { method: 'PUT', body: draft });
}

/** Scheme settings: 发布需复核. */
export function saveSchemeSettings(sid: string, settings: { reviewRequired: boolean }): Promise<SchemeSummary> {
  return request<SchemeSummary>(`/schemes/${encodeURIComponent(sid)}/settings`, { method: 'PUT', body: settings });
}
