import { RulePack } from '../rule-pack.ts';
import { z } from 'zod';

/** A scheme with its latest published version number (null before the first publish). */
export const SchemeView = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  latestVersion: z.number().int().nullable(),
  /** 发布需复核: published versions take effect only after a second evaluator or admin approves them. */
  reviewRequired: z.boolean(),
});
export type SchemeView = z.infer<typeof SchemeView>;

export const CreatedScheme = z.object({ id: z.string(), name: z.string() });
export type CreatedScheme = z.infer<typeof CreatedScheme>;

/** The overview: read from the draft for those who edit it (`source: "draft"`), else the latest version (`"v3"`). */
export const SchemeOverview = SchemeView.extend({
  draftRevision: z.number().int().nullable(),
  source: z.string().nullable(),
  unitCount: z.number().int(),
  groups: z.array(z.object({ id: z.string(), name: z.string(), units: z.number().int() })),
  indicators: z.array(z.object({ id: z.string(), name: z.string(), unit: z.string().nullable() })),
});
export type SchemeOverview = z.infer<typeof SchemeOverview>;

/** A draft after saving or restoring: the pack and its new revision. */
export const SavedDraft = z.object({ pack: RulePack, revision: z.number().int() });
export type SavedDraft = z.infer<typeof SavedDraft>;

/** The draft with its revision (for optimistic locking) and who saved it last. */
export const DraftView = SavedDraft.extend({
  updatedAt: z.string(),
  updatedBy: z.string(),
  /** 生效日期 a publish defaults to: the first day of the period after the newest released run. */
  effectiveFromDefault: z.string(),
});
export type DraftView = z.infer<typeof DraftView>;
