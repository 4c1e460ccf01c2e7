import { z } from 'zod';
import { Condition } from './condition.ts';
import { LightBand } from './light-band.ts';
import { Formula, Ident } from './primitives.ts';

/** A project's status against its plan: 正常, 滞后 or 严重滞后. */
export const ProjectStatus = z.enum(['normal', 'lagging', 'severe']);
export type ProjectStatus = z.infer<typeof ProjectStatus>;

/** Chinese names of the statuses. */
export const PROJECT_STATUS_NAMES: Record<ProjectStatus, string> = { normal: '正常', lagging: '滞后', severe: '严重滞后' };

/** A named per-project fact (formula over the project's fields, flags, earlier facts and period facts). */
export const ProjectFact = z.strictObject({
  id: Ident,
  name: z.string().min(1),
  formula: Formula,
  /** Decimal places shown (half-up); the exact value is kept for decisions. */
  round: z.number().int().min(0).max(6).optional(),
});
export type ProjectFact = z.infer<typeof ProjectFact>;

/** A status rule: when it holds the project is at least `status`, and `reason` is one of its reasons. */
export const ProjectStatusRule = z.strictObject({
  status: z.enum(['lagging', 'severe']),
  reason: z.string().min(1),
  label: z.string().optional(),
  when: Condition,
});
export type ProjectStatusRule = z.infer<typeof ProjectStatusRule>;

export const ProjectListRule = z.strictObject({
  reason: z.string().min(1),
  label: z.string().optional(),
  when: Condition,
  /** Extra detail shown with the entry, a formula over the project. */
  detail: Formula.optional(),
});
export type ProjectListRule = z.infer<typeof ProjectListRule>;

/** A project list (滞后项目清单, 督办项目 …): a project is on it if any rule holds. */
export const ProjectList = z.strictObject({
  id: Ident,
  name: z.string().min(1),
  rules: z.array(ProjectListRule).min(1),
});
export type ProjectList = z.infer<typeof ProjectList>;

/**
 * Rules evaluated for every project. Status is the most severe status among the rules that hold
 * (正常 when none does); every holding rule adds its reason. Measures over projects can then count or
 * sum outcomes (`status`, `light`, `lists`), e.g. a deduction of 2 per lagging project.
 */
export const ProjectRules = z.strictObject({
  facts: z.array(ProjectFact).optional(),
  status: z.array(ProjectStatusRule).optional(),
  light: z.strictObject({ bands: z.array(LightBand).min(1) }).optional(),
  lists: z.array(ProjectList).optional(),
});
export type ProjectRules = z.infer<typeof ProjectRules>;
