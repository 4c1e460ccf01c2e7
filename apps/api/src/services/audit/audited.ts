import { appendAudit, type AuditInput, type Db, type Store } from '@kaoping/store';

/** Appends one audit entry in the change's transaction, as the change's actor. */
export type Audit = (entry: Omit<AuditInput, 'actor'>) => Promise<void>;

/**
 * The one way to make an audited change: `change` runs in a transaction with an `audit` function bound to that
 * transaction and to the actor, so the change and its audit entries commit together or not at all. A change that
 * wrote no audit entry is a bug: it rolls back and fails.
 */
export async function audited<T>(store: Store, actor: string, change: (trx: Db, audit: Audit) => Promise<T>): Promise<T> {
  return store.db.transaction().execute(async (trx) => {
    let entries = 0;
    const audit: Audit = async (entry) => {
      entries += 1;
      await appendAudit(trx, { ...entry, actor });
    };
    const result = await change(trx, audit);
    if (entries === 0) throw new Error(`an audited change by ${actor} wrote no audit entry`);
    return result;
  });
}
