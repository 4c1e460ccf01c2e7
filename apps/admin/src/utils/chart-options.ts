import type { GroupResult, LightId } from '@kaoping/contracts';
import type { MonthResult } from '@/stores/runs.ts';

type Option = Record<string, unknown>;

/** Horizontal bars of a group's totals, best at the top; vetoed units greyed. */
export function groupBarsOption(g: GroupResult): Option {
  const units = [...g.units].reverse();
  return {
    title: { text: g.name, left: 'center', textStyle: { fontSize: 14 } },
    grid: { left: 100, right: 40, top: 36, bottom: 20 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: units.map((u) => (u.rank === null ? `${u.name}*` : `${u.rank}. ${u.name}`)) },
    series: [
      {
        type: 'bar',
        data: units.map((u) => ({ value: Number(u.total), itemStyle: { color: u.vetoed ? '#bfbfbf' : '#b01f24' } })),
        label: { show: true, position: 'right' },
      },
    ],
  };
}

/** Each chosen unit's total at each month end. */
export function trendOption(months: MonthResult[], unitIds: string[]): Option {
  const find = (m: MonthResult, id: string) => m.result.groups.flatMap((g) => g.units).find((u) => u.unitId === id);
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 50, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: months.map((m) => m.asOf.slice(0, 7)) },
    yAxis: { type: 'value' },
    series: unitIds.map((id) => ({
      type: 'line',
      name: months.map((m) => find(m, id)?.name).find((n) => n !== undefined) ?? id,
      data: months.map((m) => {
        const u = find(m, id);
        return u === undefined || u.total === null ? null : Number(u.total);
      }),
    })),
  };
}

/** Tooltip text is HTML; unit and indicator names come from imported data. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const LIGHT_VALUE: Record<LightId, number> = { green: 0, yellow: 1, red: 2 };

/** Units × (indicator, month) heatmap of lights; cells without a light (不适用) are left empty. */
export function lightMatrixOption(
  months: MonthResult[],
  groupId: string,
  indicators: Array<{ id: string; name: string }>,
  lightName: (l: LightId) => string,
): Option {
  const indicatorIds = indicators.map((i) => i.id);
  const indName = (id: string | undefined) => indicators.find((i) => i.id === id)?.name ?? id ?? '';
  const units = months.at(-1)?.result.groups.find((g) => g.id === groupId)?.units ?? [];
  const cols = indicatorIds.flatMap((ind) => months.map((m) => ({ ind, m })));
  const data: Array<[number, number, number]> = [];
  const lightOf: Record<number, LightId> = { 0: 'green', 1: 'yellow', 2: 'red' };
  units.forEach((u, y) =>
    cols.forEach((c, x) => {
      const light = c.m.result.groups.find((g) => g.id === groupId)?.units.find((v) => v.unitId === u.unitId)?.indicators[c.ind]?.light;
      if (light) data.push([x, y, LIGHT_VALUE[light]]);
    }),
  );
  return {
    tooltip: {
      formatter: (p: { value: [number, number, number] }) => {
        const c = cols[p.value[0]];
        const light = lightOf[p.value[2]];
        return [units[p.value[1]]?.name ?? '', `${c?.ind ?? ''} ${indName(c?.ind)}`, `${c?.m.asOf.slice(0, 7) ?? ''} ${light ? lightName(light) : ''}`]
          .map(escapeHtml)
          .join('<br/>');
      },
    },
    grid: { left: 100, right: 20, top: 10, bottom: 70 },
    xAxis: { type: 'category', data: cols.map((c) => `${c.ind}\n${c.m.asOf.slice(5, 7)}`), splitArea: { show: true } },
    yAxis: { type: 'category', data: units.map((u) => u.name), inverse: true },
    visualMap: {
      type: 'piecewise',
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      pieces: (['green', 'yellow', 'red'] as const).map((l) => ({
        value: LIGHT_VALUE[l],
        label: lightName(l),
        color: l === 'green' ? '#52c41a' : l === 'yellow' ? '#faad14' : '#f5222d',
      })),
    },
    series: [{ type: 'heatmap', data, itemStyle: { borderColor: '#fff', borderWidth: 1 } }],
  };
}
