import { getScheme, type SchemeRow, type Store } from '@kaoping/store';
import { fail } from '../../errors/fail.ts';

/** The scheme, or 404. */
export async function requireScheme(store: Store, schemeId: string): Promise<SchemeRow> {
  const scheme = await getScheme(store.db, schemeId);
  if (!scheme) throw fail.notFound(`方案 ${schemeId} `);
  return scheme;
}
