import type { DataGap, Dataset, RulePack } from '@kaoping/contracts';
import { periodMonth, periodSeries } from '../evaluate/calendar.ts';
import { dataNeeds } from './data-needs.ts';

const pad = (n: number): string => String(n).padStart(2, '0');
const monthText = (ym: number): string => `${Math.floor(ym / 12)}-${pad((ym % 12) + 1)}`;

/**
 * The data a run as of `asOf` needs but does not have, unit by unit: a unit without 所属组别 in a
 * pack with several groups (it would silently count in the first one), a missing 年度目标 for an indicator whose formulas read
 * the target (it would become 不适用 and the others be rescaled), and a missing or empty monthly
 * report for an indicator read from reports — every month of the window for `sum`, the as-of month
 * for `latest` and `current`. Pure; the same list in the CLI, the API and the browser.
 */
export function findGaps(pack: RulePack, data: Dataset, asOf: string): DataGap[] {
  const periods = periodSeries(pack.calendar, asOf);
  const period = periods[periods.length - 1];
  if (period === undefined) return [];
  const year = asOf.slice(0, 4);
  const targets = new Set(data.targets.filter((t) => t.period === null || t.period.slice(0, 4) === year).map((t) => `${t.unitId}|${t.indicator}`));
  const reported = new Set<string>();
  for (const r of data.reports) {
    if (r.value === null) continue;
    const months = r.period.length === 4 ? Array.from({ length: 12 }, (_, m) => Number(r.period) * 12 + m) : [periodMonth(r.period)];
    for (const ym of months) reported.add(`${r.unitId}|${r.indicator}|${ym}`);
  }
  const needs = pack.indicators.map((ind, k) => ({ ind, ...dataNeeds(pack, ind, k) }));
  const gaps: DataGap[] = [];
  for (const unit of data.units) {
    const base = { unitId: unit.id, unitName: unit.name };
    if (pack.groups.length > 1 && (unit.group === null || unit.group.trim() === '')) {
      gaps.push({ kind: 'group', ...base, indicator: null, period: null, message: `${unit.name} 未填所属组别，会被算入「${pack.groups[0]?.name ?? ''}」` });
    }
    const group = pack.groups.find((g) => unit.group !== null && [g.id, g.name, ...(g.aliases ?? [])].includes(unit.group.trim())) ?? pack.groups[0];
    const weights = group === undefined ? {} : (pack.weights[group.id] ?? {});
    for (const { ind, target, reports } of needs) {
      if (weights[ind.id] === undefined) continue;
      if (target !== null && !targets.has(`${unit.id}|${target}`)) {
        gaps.push({ kind: 'target', ...base, indicator: ind.id, period: year, message: `${unit.name} 缺少指标 ${ind.id} ${ind.name} 的${year}年目标` });
      }
      if (reports === null) continue;
      const from = reports === 'sum' ? period.ymStart : period.ymEnd;
      for (let ym = from; ym <= period.ymEnd; ym += 1) {
        if (reported.has(`${unit.id}|${ind.id}|${ym}`)) continue;
        gaps.push({
          kind: 'report',
          ...base,
          indicator: ind.id,
          period: monthText(ym),
          message: `${unit.name} 缺少指标 ${ind.id} ${ind.name} 的 ${monthText(ym)} 月报`,
        });
      }
    }
  }
  return gaps;
}
