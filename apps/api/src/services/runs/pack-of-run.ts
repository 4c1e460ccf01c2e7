import { RulePack } from '@kaoping/contracts';
import { getVersion, type Db } from '@kaoping/store';

/** The pack version a run was made with, for its Chinese labels; null if it no longer parses. */
export async function packOfRun(db: Db, schemeId: string, version: number): Promise<RulePack | null> {
  const stored = await getVersion(db, schemeId, version);
  const pack = RulePack.safeParse(stored?.pack);
  return pack.success ? pack.data : null;
}
