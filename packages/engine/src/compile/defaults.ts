import type { RulePack } from '@kaoping/contracts';

/** Indicator formulas used when neither the indicator, its method nor the pack defaults give one. */
export const INDICATOR_DEFAULTS = {
  actual: 'coalesce(input, 0)',
  applicable: 'target != null && target != 0',
  plan: 'target',
  completion: 'actual / plan',
  done: 'actual >= plan',
} as const;

/** 基础分 with N/A rescaling: Σ score × 100 / Σ weight over applicable indicators. */
export const DEFAULT_BASE =
  'if(indicatorSum(weight, applicable) > 0, indicatorSum(score, applicable) * 100 / indicatorSum(weight, applicable), 0)';

export const DEFAULT_ELIGIBLE = '!vetoed';

/** Σ of the adjustments of one kind, as a formula over their ids ("0" when there are none). */
export function adjustmentSum(pack: RulePack, kind: 'bonus' | 'deduction'): string {
  const ids = (pack.adjustments ?? []).filter((a) => a.kind === kind).map((a) => a.id);
  return ids.length === 0 ? '0' : ids.join(' + ');
}

export const DEFAULT_TOTAL = 'base + bonusTotal - deductionTotal';
