import { z } from 'zod';

/** One audit entry; `before` and `after` are the changed object's JSON (never passwords or their hashes). */
export const AuditEntry = z.object({
  id: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
