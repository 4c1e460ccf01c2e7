import type { RunResult } from '@kaoping/contracts';

function cell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per unit: group, rank, scores per indicator, totals, list memberships (Chinese reasons) and, with a trace, 计算过程. */
export function formatCsv(r: RunResult): string {
  const used = new Set(r.groups.flatMap((g) => g.indicators.map((i) => i.id)));
  const indicatorIds = r.indicators.map((i) => i.id).filter((id) => used.has(id));
  const header = ['组别', '排名', '单位编码', '单位名称', ...indicatorIds.map((i) => `${i}得分`), '基础分', '加分', '扣分', '总分', '一票否决', ...r.lists.map((l) => l.name), ...(r.trace === undefined ? [] : ['计算过程'])];
  const rows = r.groups.flatMap((g) => g.units.map((u) => [
    g.name, u.rank === null ? '' : String(u.rank), u.unitId, u.name,
    ...indicatorIds.map((i) => u.indicators[i]?.score ?? ''),
    u.base ?? '', u.bonus ?? '', u.deduction ?? '', u.total ?? '', u.vetoed ? '是' : '否',
    ...r.lists.map((l) => (g.listEntries[l.id] ?? []).find((e) => e.unitId === u.unitId)?.reasons.map((x) => l.reasons[x] ?? x).join('、') ?? ''),
    ...(r.trace === undefined ? [] : [(r.trace[u.unitId] ?? []).map((l) => l.text).join('\n')]),
  ]));
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\n') + '\n';
}
