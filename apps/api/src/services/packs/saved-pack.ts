import { RulePack } from '@kaoping/contracts';
import type { z } from 'zod';

/** A pack as the API sends it: as it was saved (without the defaults parsing writes), in the shape RulePack accepts. */
export type SavedPack = z.input<typeof RulePack>;

/**
 * A stored pack (a draft or a published version, checked when it was saved) typed for the answer that carries it.
 * One that no longer parses is a server fault, never sent as if it were a pack (the SPA would reject it anyway).
 */
export function savedPack(stored: unknown): SavedPack {
  const parsed = RulePack.safeParse(stored);
  if (!parsed.success) throw new Error(`a stored rule pack does not match RulePack: ${parsed.error.issues[0]?.message ?? ''}`);
  // Sent as stored, not the parsed copy: an editor opens the pack exactly as it was saved.
  return stored as SavedPack;
}
