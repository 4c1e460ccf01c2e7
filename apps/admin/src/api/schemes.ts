import { contract, type CreatedScheme, type CreateSchemeBody, type DraftView, type SavedDraft, type SchemeOverview, type SchemeView } from '@kaoping/contracts';
import { call } from './client.ts';

export async function listSchemes(): Promise<SchemeView[]> {
  return (await call(contract.schemes.list)).data;
}

export function createScheme(input: CreateSchemeBody): Promise<CreatedScheme> {
  return call(contract.schemes.create, { body: input });
}

export function getScheme(sid: string): Promise<SchemeOverview> {
  return call(contract.schemes.overview, { params: { sid } });
}

export function getDraft(sid: string): Promise<DraftView> {
  return call(contract.schemes.getDraft, { params: { sid } });
}

export function saveDraft(sid: string, draft: Pick<SavedDraft, 'pack' | 'revision'>): Promise<SavedDraft> {
  return call(contract.schemes.saveDraft, { params: { sid }, body: { pack: draft.pack, revision: draft.revision } });
}

/** Scheme settings: 发布需复核. */
export function saveSchemeSettings(sid: string, settings: { reviewRequired?: boolean; name?: string }): Promise<SchemeView> {
  return call(contract.schemes.saveSettings, { params: { sid }, body: settings });
}
