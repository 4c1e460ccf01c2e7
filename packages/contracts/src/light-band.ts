import { z } from 'zod';
import { Condition } from './condition.ts';
import { LightId } from './primitives.ts';

/** One light band: the first band whose condition holds gives the light. */
export const LightBand = z.strictObject({
  light: LightId,
  /** Reason code or short text shown with the light. */
  reason: z.string().optional(),
  /** First band whose condition holds wins; a band without `when` always holds. */
  when: Condition.optional(),
});
export type LightBand = z.infer<typeof LightBand>;
