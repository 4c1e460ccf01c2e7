import type { ParamOverrides } from '@kaoping/contracts';
import { versionInForce, type Store } from '@kaoping/store';
import { evaluate } from '@kaoping/engine';
import { checkPack } from '../packs/check-pack.ts';
import { loadSnapshot } from '../runs/load-snapshot.ts';
import { diffResults } from './diff-results.ts';

/**
 * Evaluates a draft pack on the scheme's data without storing anything, next to the version in force
 * at asOf; `published` and `diff` are null when no version is in force yet. Parameter overrides
 * apply to the draft only: the published version runs as published.
 */
export async function simulate(store: Store, schemeId: string, input: { pack: unknown; asOf: string; params?: ParamOverrides | undefined }) {
  const draft = checkPack(input.pack, input.params ?? {});
  const dataset = await loadSnapshot(store, schemeId);
  const version = await versionInForce(store.db, schemeId, input.asOf);
  const draftResult = evaluate(draft.compiled, dataset, { asOf: input.asOf });
  if (!version) return { draft: draftResult, published: null, publishedVersion: null, diff: null };
  const published = evaluate(checkPack(version.pack).compiled, dataset, { asOf: input.asOf });
  return { draft: draftResult, published, publishedVersion: version.version, diff: diffResults(published, draftResult) };
}
