import type { FieldChange } from '@kaoping/contracts';
import { jsonDiff } from '@kaoping/report';

/** Above this many characters of JSON, an audit entry keeps only where a pack changed, not the values. */
export const MAX_AUDIT_CHANGES_CHARS = 8_000;
/** At most this many pointers are kept when the values are left out. */
export const MAX_AUDIT_POINTERS = 200;

export interface PackChanges {
  /** Changed leaves with their values, or only their pointers when the values would be too long. */
  changes: FieldChange[] | string[];
  changedCount: number;
  /** True when values (and pointers beyond {@link MAX_AUDIT_POINTERS}) were left out. */
  truncated: boolean;
}

/**
 * What an audit entry records of a pack edit: the changed leaves as JSON pointers with before/after values —
 * never two whole packs, so the audit log (and its page) stays small however often a draft is saved.
 */
export function packChanges(before: unknown, after: unknown): PackChanges {
  const changes = jsonDiff(before, after);
  if (JSON.stringify(changes).length <= MAX_AUDIT_CHANGES_CHARS) return { changes, changedCount: changes.length, truncated: false };
  return { changes: changes.slice(0, MAX_AUDIT_POINTERS).map((c) => c.pointer), changedCount: changes.length, truncated: true };
}
