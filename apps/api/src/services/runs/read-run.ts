import { DataGap, RunResult } from '@kaoping/contracts';
import { getRun, listRuns, listRunsBeside, type Store } from '@kaoping/store';
import { z } from 'zod';
import { allows, unitScope, type Scope } from '../../auth/scope.ts';
import { fail } from '../../errors/fail.ts';
import { markOfficial, type ListedRun } from './mark-official.ts';
import { resultForScope } from './result-for-scope.ts';

/** Reporters and viewers see only runs that were released; evaluators and admins also review drafts. */
function seesDrafts(scope: Scope): boolean {
  return allows(scope, 'run:write');
}

/** A scheme's runs as the user may see them, newest first, each marked official or superseded. */
export async function listVisibleRuns(store: Store, schemeId: string, scope: Scope) {
  unitScope(scope, schemeId);
  return markOfficial(await listRuns(store.db, schemeId)).filter((r) => seesDrafts(scope) || r.releasedAt !== null);
}

/** A run as listed (without its result, one query); a draft is 404 to those who may not review it. */
async function visibleRunHead(store: Store, id: string, scope: Scope): Promise<ListedRun> {
  return visibleTo(await runHead(store, id), id, scope);
}

/** A run as listed, whoever asks; undefined when there is no such run. */
export async function runHead(store: Store, id: string): Promise<ListedRun | undefined> {
  return markOfficial(await listRunsBeside(store.db, id)).find((r) => r.id === id);
}

/** The head, if the user may see it; 404 otherwise (a draft to those who may not review it). */
export function visibleTo(listed: ListedRun | undefined, id: string, scope: Scope): ListedRun {
  if (!listed || (!seesDrafts(scope) && listed.releasedAt === null)) throw fail.notFound(`运行记录 ${id} `);
  return listed;
}

/** One run with its result and gaps, as the user may see it. */
export async function readRun(store: Store, id: string, scope: Scope) {
  return readRunWith(store, await visibleRunHead(store, id, scope), scope);
}

/** The run behind a head from visibleRunHead, with its result parsed and checked. */
export async function readRunWith(store: Store, head: ListedRun, scope: Scope) {
  const run = await getRun(store.db, head.id);
  if (!run) throw fail.notFound(`运行记录 ${head.id} `);
  return {
    ...head,
    result: resultForScope(RunResult.parse(JSON.parse(run.result)), scope, head.schemeId),
    gaps: run.gaps === null ? [] : z.array(DataGap).parse(JSON.parse(run.gaps)),
  };
}
