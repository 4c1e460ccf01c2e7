import { RulePack } from '@kaoping/contracts';
import { z } from 'zod';

export const VersionSummary = z.object({
  version: z.number().int(),
  note: z.string(),
  effectiveFrom: z.string(),
  author: z.string(),
  createdAt: z.string(),
});

export const VersionView = VersionSummary.extend({ pack: RulePack });

/** One changed leaf; `before` or `after` is absent when the value was added or removed. */
const FieldChange = z.object({ pointer: z.string(), before: z.unknown().optional(), after: z.unknown().optional() });

/** Rule-by-rule differences between two versions; pointers are into the packs. */
export const VersionDiff = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(
    z.object({
      section: z.string(),
      id: z.string(),
      change: z.enum(['added', 'removed', 'changed']),
      pointer: z.string(),
      fields: z.array(FieldChange),
    }),
  ),
});
