import { DataGap, RunResult } from '@kaoping/contracts';
import { getRun, listRuns, type Store, type User } from '@kaoping/store';
import { z } from 'zod';
import { can } from '../../auth/permissions.ts';
import { fail } from '../../errors/fail.ts';
import { markOfficial } from './mark-official.ts';
import { resultForUser } from './result-for-user.ts';
import { unitScope } from '../../auth/unit-scope.ts';

/** Reporters and viewers see only runs that were released; evaluators and admins also review drafts. */
export function seesDrafts(user: User): boolean {
  return can(user.role, 'run:write');
}

/** A scheme's runs as the user may see them, newest first, each marked official or superseded. */
export async function listVisibleRuns(store: Store, schemeId: string, user: User) {
  unitScope(user, schemeId, undefined);
  return markOfficial(await listRuns(store.db, schemeId)).filter((r) => seesDrafts(user) || r.releasedAt !== null);
}

/** One run with its result and gaps; a draft is 404 to those who may not review it. */
export async function readRun(store: Store, id: string, user: User) {
  const run = await getRun(store.db, id);
  if (!run || (!seesDrafts(user) && run.releasedAt === null)) throw fail.notFound(`运行记录 ${id} `);
  const listed = markOfficial(await listRuns(store.db, run.schemeId)).find((r) => r.id === id);
  const { result, gaps, ...summary } = run;
  return {
    ...summary,
    official: listed?.official ?? false,
    superseded: listed?.superseded ?? false,
    result: resultForUser(RunResult.parse(JSON.parse(result)), user, run.schemeId),
    gaps: gaps === null ? [] : z.array(DataGap).parse(JSON.parse(gaps)),
  };
}
