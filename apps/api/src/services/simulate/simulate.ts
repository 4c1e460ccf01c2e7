import type { ParamOverrides } from '@kaoping/contracts';
import { versionInForce, type Store } from '@kaoping/store';
import { evaluate } from '@kaoping/engine';
import { diffResults } from '@kaoping/report';
import { checkPack } from '../packs/check-pack.ts';
import { loadSnapshot } from '../runs/load-snapshot.ts';

/**
 * Evaluates a draft pack on the scheme's data without storing anything, next to the version in force
 * at asOf; `published` is null when no version is in force yet, and the diff then has the draft's side
 * only. Parameter overrides apply to the draft only: the published version runs as published.
 */
export async function simulate(store: Store, schemeId: string, input: { pack: unknown; asOf: string; params?: ParamOverrides | undefined }) {
  const draft = checkPack(input.pack, input.params ?? {});
  const dataset = await loadSnapshot(store, schemeId);
  const version = await versionInForce(store.db, schemeId, input.asOf);
  const draftResult = evaluate(draft.compiled, dataset, { asOf: input.asOf });
  const published = version ? evaluate(checkPack(version.pack).compiled, dataset, { asOf: input.asOf }) : null;
  return { draft: draftResult, published, publishedVersion: version?.version ?? null, diff: diffResults(published, draftResult) };
}
