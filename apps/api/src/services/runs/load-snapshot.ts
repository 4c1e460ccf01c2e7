import type { Dataset } from '@kaoping/contracts';
import { loadDataset, type Store } from '@kaoping/store';

/**
 * The scheme's five tables read in one REPEATABLE READ transaction, so an import committed meanwhile
 * never yields half-old, half-new data (PGlite is serialized anyway).
 */
export function loadSnapshot(store: Store, schemeId: string): Promise<Dataset> {
  return store.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute((trx) => loadDataset(trx, schemeId));
}
