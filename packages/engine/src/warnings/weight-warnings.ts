import { PackWarningCode, type Dataset, type PackWarning, type RulePack } from '@kaoping/contracts';
import { parseDecimal, toExact, ZERO } from '../exact/q.ts';

/** As the evaluator matches it: id, name or alias; no group means the pack's first group. */
function groupOf(pack: RulePack, text: string | null): string | null {
  if (text === null) return pack.groups[0]?.id ?? null;
  const g = pack.groups.find((x) => x.id === text || x.name === text || (x.aliases ?? []).includes(text));
  return g?.id ?? null;
}

/** Indicators that have targets or reports for a group's units but no weight in that group. */
function unweightedWithData(pack: RulePack, data: Dataset): PackWarning[] {
  const unitGroup = new Map(data.units.map((u) => [u.id, groupOf(pack, u.group)]));
  const withData = new Set<string>();
  const note = (unitId: string, indicator: string, value: unknown) => {
    if (value !== null && value !== undefined) withData.add(`${unitGroup.get(unitId) ?? ''}|${indicator}`);
  };
  for (const t of data.targets) note(t.unitId, t.indicator, t.value);
  for (const r of data.reports) note(r.unitId, r.indicator, r.value);
  return pack.groups.flatMap((g) =>
    pack.indicators.flatMap((ind) => {
      if (pack.weights[g.id]?.[ind.id] !== undefined) return [];
      const has = withData.has(`${g.id}|${ind.targetOf ?? ind.id}`) || withData.has(`${g.id}|${ind.id}`);
      return has
        ? [
            {
              code: PackWarningCode.UNWEIGHTED_WITH_DATA,
              pointer: `/weights/${g.id}`,
              message: `${g.name}的单位有指标 ${ind.id}（${ind.name}）的目标或报送数据，但该组没有这项指标的权重：它不计入得分`,
            },
          ]
        : [];
    }),
  );
}

/** Groups whose weights do not add up to the declared `weightTotal`. */
function weightTotals(pack: RulePack): PackWarning[] {
  if (pack.weightTotal === undefined) return [];
  const want = parseDecimal(pack.weightTotal);
  return pack.groups.flatMap((g) => {
    const sum = Object.values(pack.weights[g.id] ?? {}).reduce((s, w) => s.add(parseDecimal(w)), ZERO);
    return sum.equals(want)
      ? []
      : [
          {
            code: PackWarningCode.WEIGHT_TOTAL,
            pointer: `/weights/${g.id}`,
            message: `${g.name}的权重合计为 ${toExact(sum)}，与方案声明的权重合计 ${toExact(want)} 不符`,
          },
        ];
  });
}

export function weightWarnings(pack: RulePack, data: Dataset | null): PackWarning[] {
  return [...(data === null ? [] : unweightedWithData(pack, data)), ...weightTotals(pack)];
}
