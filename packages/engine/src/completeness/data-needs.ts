import type { Indicator, RulePack } from '@kaoping/contracts';
import { pick } from '../compile/compile-indicator.ts';
import { identifiers } from '../formula/identifiers.ts';
import { parseFormula } from '../formula/parse-formula.ts';

const FACTS = ['actual', 'applicable', 'plan', 'completion', 'score', 'done'] as const;

/** What one indicator reads: a target (under which indicator id) and/or monthly reports. */
export interface DataNeeds {
  target: string | null;
  reports: Indicator['input'] | null;
}

/**
 * Which data an indicator's effective formulas (its own, its method's, the pack defaults or the
 * built-in ones) read: `target` needs a target row, `input` needs reports.
 */
export function dataNeeds(pack: RulePack, ind: Indicator, k: number): DataNeeds {
  const names = new Set<string>();
  for (const fact of FACTS) {
    const found = pick(pack, ind, k, fact);
    if (found === null) continue;
    try {
      identifiers(parseFormula(found[0])).forEach((n) => names.add(n));
    } catch {
      // A formula that does not parse is reported by the pack validation, not here.
    }
  }
  return {
    target: names.has('target') ? (ind.targetOf ?? ind.id) : null,
    reports: ind.input !== undefined && names.has('input') ? ind.input : null,
  };
}
