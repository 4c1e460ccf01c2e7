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
export const DEFAULT_BASE = 'if(indicatorSum(weight, applicable) > 0, indicatorSum(score, applicable) * 100 / indicatorSum(weight, applicable), 0)';

export const DEFAULT_ELIGIBLE = '!vetoed';

function ids(pack: RulePack, kind: 'bonus' | 'deduction'): string[] {
  return (pack.adjustments ?? []).filter((a) => a.kind === kind).map((a) => a.id);
}

/** Σ of the adjustments of one kind, as a formula over their ids; `null` when the pack has none. */
export function adjustmentSum(pack: RulePack, kind: 'bonus' | 'deduction'): string {
  const list = ids(pack, kind);
  return list.length === 0 ? 'null' : list.join(' + ');
}

/** 总分 = base + bonuses − deductions, naming only the kinds the pack has. */
export function defaultTotal(pack: RulePack): string {
  return ['base', ids(pack, 'bonus').length > 0 ? ' + bonusTotal' : '', ids(pack, 'deduction').length > 0 ? ' - deductionTotal' : ''].join('');
}
