import { DataGap, RunStatus } from '../api-runs.ts';
import { RuleChange, VersionSummary } from '../api-versions.ts';
import { LightId } from '../primitives.ts';
import { RunResult, TraceLine, UnitResult } from '../result.ts';
import { z } from 'zod';

/** A stored run without its result. */
export const RunSummary = z.object({
  id: z.string(),
  schemeId: z.string(),
  version: z.number().int(),
  asOf: z.string(),
  fingerprint: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  /** 待审核 / 已发布 / 已作废; reporters and viewers only ever see runs that were released. */
  status: RunStatus,
  periodId: z.string().nullable(),
  /** 2021年第二季度 */
  periodLabel: z.string().nullable(),
  releasedBy: z.string().nullable(),
  releasedAt: z.string().nullable(),
  releaseNote: z.string().nullable(),
  voidedBy: z.string().nullable(),
  voidedAt: z.string().nullable(),
  voidReason: z.string().nullable(),
  /** The newest released run of its period. */
  official: z.boolean(),
  /** Released, but a newer run of the same period was released since (已被替代). */
  superseded: z.boolean(),
});
export type RunSummary = z.infer<typeof RunSummary>;

/** A stored run with its result (a reporter's view holds only the own unit) and the data gaps it was accepted with. */
export const RunView = RunSummary.extend({ result: RunResult, gaps: z.array(DataGap) });
export type RunView = z.infer<typeof RunView>;

/** One unit of a stored run: its result row, its group and the explanation lines. */
export const RunUnitView = z.object({
  runId: z.string(),
  status: RunStatus,
  official: z.boolean(),
  groupId: z.string(),
  groupName: z.string(),
  unit: UnitResult,
  trace: z.array(TraceLine),
});
export type RunUnitView = z.infer<typeof RunUnitView>;

/** How one unit's rank and total move from the version in force to the draft. */
export const UnitMove = z.object({
  unitId: z.string(),
  name: z.string(),
  group: z.string(),
  rankBefore: z.number().int().nullable(),
  rankAfter: z.number().int().nullable(),
  move: z.number().int().nullable(),
  totalBefore: z.string().nullable(),
  totalAfter: z.string().nullable(),
});

export type UnitMove = z.infer<typeof UnitMove>;

/** How the ranking, outcome lists and lights move from the version in force to the draft. */
export const ResultDiff = z.object({
  units: z.array(UnitMove),
  lists: z.record(z.string(), z.object({ entered: z.array(z.string()), left: z.array(z.string()) })),
  lights: z.array(z.object({ unitId: z.string(), indicator: z.string().nullable(), before: LightId.nullable(), after: LightId.nullable() })),
});
export type ResultDiff = z.infer<typeof ResultDiff>;

/** A draft evaluated next to the version in force; the published side is null before any version is in force. */
export const SimulateResult = z.object({
  draft: RunResult,
  published: RunResult.nullable(),
  publishedVersion: z.number().int().nullable(),
  diff: ResultDiff.nullable(),
});
export type SimulateResult = z.infer<typeof SimulateResult>;

/** What the reviewer of a 待复核 version sees: the rule diff against the version it takes over from, and the simulation diff. */
export const VersionReviewView = z.object({
  version: VersionSummary,
  base: z.number().int().nullable(),
  changes: z.array(RuleChange),
  asOf: z.string(),
  simulation: SimulateResult,
});
export type VersionReviewView = z.infer<typeof VersionReviewView>;
