import { z } from 'zod';
import { ImportMode } from '../api-imports.ts';
import { ParamOverrides } from '../parameter.ts';
import { IsoDate } from '../primitives.ts';
import { SchemeId } from '../scheme-id.ts';

export const CreateSchemeBody = z.strictObject({
  id: SchemeId,
  name: z.string().trim().min(1, '请填写方案名称').max(200),
  fromSchemeId: SchemeId.optional(),
});
export type CreateSchemeBody = z.input<typeof CreateSchemeBody>;

/** The pack is checked by the engine (problems with JSON pointers into the pack), not by this schema. */
export const SaveDraftBody = z.strictObject({
  pack: z.unknown(),
  revision: z.number().int().min(1),
});

export const PublishBody = z.strictObject({
  note: z.string().trim().min(1, '发布须填写变更说明').max(2000),
  effectiveFrom: IsoDate.optional(),
});

/** 发布需复核 on or off, and/or a new name (the scheme's, which is also its pack's: README, Glossary). */
export const SchemeSettingsBody = z
  .strictObject({ reviewRequired: z.boolean().optional(), name: z.string().trim().min(1, '请填写方案名称').max(200).optional() })
  .refine((b) => b.reviewRequired !== undefined || b.name !== undefined, { message: '请至少修改一项设置' });

/** 通过 or 驳回 a 待复核 version. */
export const VersionReviewBody = z.strictObject({
  decision: z.enum(['approve', 'reject']),
  note: z.string().trim().max(2000).optional(),
});

export const ReviewQuery = z.strictObject({ asOf: IsoDate.optional() });

export const RunBody = z.strictObject({
  asOf: IsoDate,
  version: z.number().int().min(1).optional(),
  /** Run although data is missing (the gaps are stored with the run and shown with it). */
  acceptGaps: z.boolean().optional(),
  /** 方案参数 overrides of this run; part of the fingerprint. */
  params: ParamOverrides.optional(),
});
export type RunBody = z.input<typeof RunBody>;

export const ReleaseRunBody = z.strictObject({ note: z.string().trim().min(1, '发布结果须填写说明').max(2000) });
export const VoidRunBody = z.strictObject({ reason: z.string().trim().min(1, '作废须填写原因').max(2000) });

export const GapsQuery = z.strictObject({ asOf: IsoDate, version: z.coerce.number().int().min(1).optional() });

export const SimulateBody = z.strictObject({
  pack: z.unknown(),
  asOf: IsoDate,
  /** 方案参数 overrides applied to the draft. */
  params: ParamOverrides.optional(),
});

export const DataQuery = z.strictObject({
  unitId: z.string().min(1).optional(),
  indicator: z.string().min(1).optional(),
  period: z.string().min(1).optional(),
});
export type DataQuery = z.input<typeof DataQuery>;

export const ImportQuery = z.strictObject({
  dryRun: z.enum(['1', '0', 'true', 'false']).optional(),
  /** 合并更新 (default), 追加 or 整表替换. */
  mode: ImportMode.optional(),
  /** 整表替换 that deletes rows: the number of rows deleted, as the dry run reported it. */
  confirmDelete: z.coerce.number().int().min(0).optional(),
  sheet: z.string().min(1).optional(),
});

export const ExportQuery = z.strictObject({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});
