import { z } from 'zod';
import { LightId } from './primitives.ts';

/** One indicator whose light differs between the two results. */
export const LightChange = z.object({ indicator: z.string(), before: LightId.nullable(), after: LightId.nullable() });
export type LightChange = z.infer<typeof LightChange>;

/** One unit in both results (or in one of them: the other side's fields are null). */
export const UnitDiff = z.object({
  unitId: z.string(),
  name: z.string(),
  rankBefore: z.number().int().nullable(),
  rankAfter: z.number().int().nullable(),
  /** rankBefore − rankAfter: positive = moved up; null when unranked on either side. */
  move: z.number().int().nullable(),
  totalBefore: z.string().nullable(),
  totalAfter: z.string().nullable(),
  lightBefore: LightId.nullable(),
  lightAfter: LightId.nullable(),
  /** The indicators whose light changed, for a unit present on both sides. */
  lightChanges: z.array(LightChange),
});
export type UnitDiff = z.infer<typeof UnitDiff>;

/** A list member: the unit id and its name. */
export const ListMember = z.object({ unitId: z.string(), name: z.string() });
export type ListMember = z.infer<typeof ListMember>;

/** One outcome list of a group (表态发言 …): its members on each side, in list order, and who entered or left. */
export const ListDiff = z.object({
  listId: z.string(),
  name: z.string(),
  before: z.array(ListMember),
  after: z.array(ListMember),
  /** Unit ids in `after` and not in `before`. */
  entered: z.array(z.string()),
  /** Unit ids in `before` and not in `after`. */
  left: z.array(z.string()),
});
export type ListDiff = z.infer<typeof ListDiff>;

export const GroupDiff = z.object({ id: z.string(), name: z.string(), units: z.array(UnitDiff), lists: z.array(ListDiff) });
export type GroupDiff = z.infer<typeof GroupDiff>;

/**
 * How a result moves from `before` (the version in force, or the previous run) to `after` (the draft, or this run),
 * group by group. Built by `diffResults` in @kaoping/report, for the CLI, the API and the SPA alike.
 */
export const ResultDiff = z.object({ groups: z.array(GroupDiff) });
export type ResultDiff = z.infer<typeof ResultDiff>;
