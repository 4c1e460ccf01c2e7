import type { RuleChange } from '@kaoping/contracts';
import { diffLines, ruleName, type DiffLine } from '@kaoping/report';
import { englishSection } from '@/locales/model-names-en.ts';

/**
 * A pack diff's lines as the version pages show them: each rule named as the first of `packs` that names it
 * (the newer version first), section names in English when the page is.
 */
export function packDiffLines(changes: RuleChange[], packs: readonly unknown[], locale: string): DiffLine[] {
  const name = (section: string, id: string): string | undefined => {
    for (const pack of packs) {
      const found = ruleName(pack, section, id);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return diffLines(changes, { name, ...(locale === 'en-US' ? { section: englishSection } : {}) });
}
