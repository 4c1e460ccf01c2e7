import { LightId, RunResult } from '@kaoping/contracts';
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
});

/** A stored run with its result (a reporter's view holds only the own unit). */
export const RunView = RunSummary.extend({ result: RunResult });

const UnitMove = z.object({
  unitId: z.string(),
  name: z.string(),
  group: z.string(),
  rankBefore: z.number().int().nullable(),
  rankAfter: z.number().int().nullable(),
  move: z.number().int().nullable(),
  totalBefore: z.string().nullable(),
  totalAfter: z.string().nullable(),
});

const ResultDiff = z.object({
  units: z.array(UnitMove),
  lists: z.record(z.string(), z.object({ entered: z.array(z.string()), left: z.array(z.string()) })),
  lights: z.array(z.object({ unitId: z.string(), indicator: z.string().nullable(), before: LightId.nullable(), after: LightId.nullable() })),
});

/** A draft evaluated next to the version in force; the published side is null before any version is in force. */
export const SimulateResult = z.object({
  draft: RunResult,
  published: RunResult.nullable(),
  publishedVersion: z.number().int().nullable(),
  diff: ResultDiff.nullable(),
});
