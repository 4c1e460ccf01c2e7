import { PackWarningCode, type PackWarning, type RulePack } from '@kaoping/contracts';
import { referencedNames } from './references.ts';

/** Indicators with no weight and no reference; pack facts, measures and parameters nobody uses. */
export function usageWarnings(pack: RulePack): PackWarning[] {
  const used = referencedNames(pack);
  const weighted = new Set(Object.values(pack.weights).flatMap((row) => Object.keys(row)));
  const out: PackWarning[] = [];
  pack.indicators.forEach((ind, k) => {
    if (!weighted.has(ind.id) && !used.has(ind.id)) {
      out.push({
        code: PackWarningCode.UNUSED_INDICATOR,
        pointer: `/indicators/${k}`,
        message: `指标 ${ind.id}（${ind.name}）没有任何考评组的权重，也没有公式或条件用到它`,
      });
    }
  });
  const kinds = [
    ['facts', '事实', pack.facts],
    ['measures', '统计量', pack.measures],
    ['parameters', '参数', pack.parameters],
  ] as const;
  for (const [key, label, items] of kinds) {
    (items ?? []).forEach((x, k) => {
      if (!used.has(x.id))
        out.push({
          code: PackWarningCode.UNUSED_FACT,
          pointer: `/${key}/${k}`,
          message: `${label} ${x.id}（${x.name}）没有被任何公式或条件使用${key === 'facts' ? '，只会显示在结果中' : ''}`,
        });
    });
  }
  return out;
}
