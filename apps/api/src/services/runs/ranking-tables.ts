import { rankLabel, type RunResult } from '@kaoping/contracts';

export interface RankingTable {
  group: string;
  header: string[];
  rows: (string | number)[][];
}

/** Per group: 排名, 单位, each indicator's score, 基础分, 加分, 扣分, 总分, then one column per outcome list. */
export function rankingTables(result: RunResult): RankingTable[] {
  return result.groups.map((group) => {
    const header = [
      '排名',
      '单位编号',
      '单位',
      ...group.indicators.map((i) => `${i.name}(${i.weight})`),
      '基础分',
      '加分',
      '扣分',
      '总分',
      ...result.lists.map((l) => l.name),
    ];
    const rows = group.units.map((unit) => [
      unit.rank !== null && !unit.vetoed ? unit.rank : rankLabel(unit),
      unit.unitId,
      unit.name,
      ...group.indicators.map((i) => {
        const r = unit.indicators[i.id];
        return r === undefined ? '' : r.applicable ? (r.score ?? '') : '不适用';
      }),
      // Null in a scheme that does not score (lights only).
      unit.base ?? '',
      unit.bonus ?? '',
      unit.deduction ?? '',
      unit.total ?? '',
      ...result.lists.map((l) => {
        const entry = (group.listEntries[l.id] ?? []).find((e) => e.unitId === unit.unitId);
        if (!entry) return '';
        const reasons = entry.reasons.map((x) => l.reasons[x] ?? x).join('、') || '是';
        return entry.amount === null ? reasons : `${reasons} ${entry.amount}${l.amountUnit ?? ''}`;
      }),
    ]);
    return { group: group.name, header, rows };
  });
}
