import { z } from 'zod';
import { RulePack } from './rule-pack.ts';

/** A published rule-pack version as the API lists it. */
/** 发布需复核: a version is 待复核 until a second evaluator or admin approves (已复核) or rejects (已驳回) it. */
export const VersionReviewStatus = z.enum(['pending', 'approved', 'rejected']);
export type VersionReviewStatus = z.infer<typeof VersionReviewStatus>;

/** Who reviewed a version, when, and why; all null for a version that needed no review or awaits it. */
export const VersionReview = z.object({
  status: VersionReviewStatus,
  by: z.string().nullable(),
  at: z.string().nullable(),
  note: z.string().nullable(),
});
export type VersionReview = z.infer<typeof VersionReview>;

export const VersionSummary = z.object({
  version: z.number().int(),
  note: z.string(),
  effectiveFrom: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  /** Only an approved version can be in force. */
  review: VersionReview,
});
export type VersionSummary = z.infer<typeof VersionSummary>;

export const VersionView = VersionSummary.extend({ pack: RulePack });
export type VersionView = z.infer<typeof VersionView>;

/** One changed leaf; `before` or `after` is absent when the value was added or removed. */
export const FieldChange = z.object({ pointer: z.string(), before: z.unknown().optional(), after: z.unknown().optional() });
export type FieldChange = z.infer<typeof FieldChange>;

/** One rule that differs between two versions, with its changed fields. */
export const RuleChange = z.object({
  section: z.string(),
  id: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  pointer: z.string(),
  fields: z.array(FieldChange),
});
export type RuleChange = z.infer<typeof RuleChange>;

/** Rule-by-rule differences between two versions; pointers are into the packs. */
export const VersionDiff = z.object({ from: z.number().int(), to: z.number().int(), changes: z.array(RuleChange) });
export type VersionDiff = z.infer<typeof VersionDiff>;
