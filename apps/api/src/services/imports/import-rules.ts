import { RulePack, type Inputs } from '@kaoping/contracts';
import { vocabularyOf, withProjectIds, type Vocabulary } from '@kaoping/ingest';
import { getDraft, getVersion, listRecords, listVersions, type Db } from '@kaoping/store';
import { fail } from '../../errors/fail.ts';

/** How an import reads its file: the pack's `inputs` and what the pack knows (groups, indicators, events). */
export interface ImportRules {
  inputs: Inputs | undefined;
  vocabulary: Vocabulary | undefined;
}

/**
 * The rules an import is checked against: the scheme's draft when it is a valid pack (the evaluator
 * may have just added an indicator), else the newest published version. Without either, only the
 * columns are checked.
 */
export async function importRules(db: Db, schemeId: string): Promise<ImportRules> {
  const draft = await getDraft(db, schemeId);
  if (!draft) throw fail.notFound(`方案 ${schemeId} `);
  const fromDraft = RulePack.safeParse(draft.pack);
  if (fromDraft.success) return { inputs: fromDraft.data.inputs, vocabulary: await withStoredProjects(db, schemeId, vocabularyOf(fromDraft.data)) };
  const [newest] = await listVersions(db, schemeId);
  const version = newest === undefined ? undefined : await getVersion(db, schemeId, newest.version);
  const published = RulePack.safeParse(version?.pack);
  if (published.success) return { inputs: published.data.inputs, vocabulary: await withStoredProjects(db, schemeId, vocabularyOf(published.data)) };
  return { inputs: inputsOf(draft.pack), vocabulary: undefined };
}

/** In a pack with project rules a report row may name a stored project (its monthly investment). */
async function withStoredProjects(db: Db, schemeId: string, vocabulary: Vocabulary): Promise<Vocabulary> {
  if (!vocabulary.projectReports) return vocabulary;
  const projects = await listRecords(db, schemeId, 'projects');
  return withProjectIds(vocabulary, projects.map((p) => p.id));
}

function inputsOf(pack: unknown): Inputs | undefined {
  if (typeof pack !== 'object' || pack === null || !('inputs' in pack)) return undefined;
  const parsed = RulePack.shape.inputs.safeParse(pack.inputs);
  return parsed.success ? parsed.data : undefined;
}
