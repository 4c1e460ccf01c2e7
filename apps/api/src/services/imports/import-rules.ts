import { RulePack, type Inputs } from '@kaoping/contracts';
import { unitDirectory, vocabularyOf, withProjectIds, type UnitDirectory, type Vocabulary } from '@kaoping/ingest';
import { getDraft, getVersion, listRecords, listVersions, type Db } from '@kaoping/store';
import { fail } from '../../errors/fail.ts';

/** How an import reads its file: the pack's `inputs` and what the pack knows (groups, indicators, events). */
export interface ImportRules {
  inputs: Inputs | undefined;
  vocabulary: Vocabulary | undefined;
  /** The scheme's units, so rows may name a unit by 单位名称 or an alias. */
  units: UnitDirectory;
}

/**
 * The rules an import is checked against: the scheme's draft when it is a valid pack (the evaluator
 * may have just added an indicator), else the newest published version. Without either, only the
 * columns are checked.
 */
export async function importRules(db: Db, schemeId: string): Promise<ImportRules> {
  const { pack, draft } = await importPack(db, schemeId);
  const units = unitDirectory(await listRecords(db, schemeId, 'units'));
  if (pack === undefined) return { inputs: inputsOf(draft), vocabulary: undefined, units };
  return { inputs: pack.inputs, vocabulary: await withStoredProjects(db, schemeId, vocabularyOf(pack)), units };
}

/** The pack imports are read with (see {@link importRules}); undefined when neither draft nor version is valid. */
export async function importPack(db: Db, schemeId: string): Promise<{ pack: RulePack | undefined; draft: unknown }> {
  const draft = await getDraft(db, schemeId);
  if (!draft) throw fail.notFound(`方案 ${schemeId} `);
  const fromDraft = RulePack.safeParse(draft.pack);
  if (fromDraft.success) return { pack: fromDraft.data, draft: draft.pack };
  const [newest] = await listVersions(db, schemeId);
  const version = newest === undefined ? undefined : await getVersion(db, schemeId, newest.version);
  const published = RulePack.safeParse(version?.pack);
  return { pack: published.success ? published.data : undefined, draft: draft.pack };
}

/** In a pack with project rules a report row may name a stored project (its monthly investment). */
async function withStoredProjects(db: Db, schemeId: string, vocabulary: Vocabulary): Promise<Vocabulary> {
  if (!vocabulary.projectReports) return vocabulary;
  const projects = await listRecords(db, schemeId, 'projects');
  return withProjectIds(
    vocabulary,
    projects.map((p) => p.id),
  );
}

function inputsOf(pack: unknown): Inputs | undefined {
  if (typeof pack !== 'object' || pack === null || !('inputs' in pack)) return undefined;
  const parsed = RulePack.shape.inputs.safeParse(pack.inputs);
  return parsed.success ? parsed.data : undefined;
}
