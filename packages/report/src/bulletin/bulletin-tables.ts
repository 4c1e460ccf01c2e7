import { rankLabel, type GroupResult, type LightId, type UnitResult } from '@kaoping/contracts';
import { LIGHT_NAMES } from '../sheet-cell.ts';
import type { BulletinCell, BulletinTable } from './bulletin-doc.ts';

/** 3, 一票否决, 5（一票否决） when a pack ranks vetoed units last, or 不排名. */
export function rankText(u: UnitResult): string {
  return rankLabel(u) || '不排名';
}

function lightCell(light: LightId | null | undefined): BulletinCell {
  return light ? { text: LIGHT_NAMES[light], light } : { text: '—' };
}

/** The ranking table of a scored group: 排名, 单位, 总分 and each indicator's score. */
export function rankingTable(g: GroupResult): BulletinTable {
  return {
    groupId: g.id,
    heading: `（${g.name}）`,
    summary: null,
    headers: ['排名', '单位', '总分', ...g.indicators.map((i) => i.name)],
    rows: g.units.map((u) => [
      { text: rankText(u) },
      { text: u.name },
      { text: u.total ?? '—' },
      ...g.indicators.map((i) => {
        const r = u.indicators[i.id];
        return { text: r?.applicable ? (r.score ?? '—') : '—' };
      }),
    ]),
  };
}

/** The lights table of a lights-only group, with the count of each light above it. */
export function lightsTable(g: GroupResult, withHeading: boolean): BulletinTable {
  const counts: Record<LightId, number> = { green: 0, yellow: 0, red: 0 };
  for (const u of g.units) if (u.light) counts[u.light]++;
  return {
    groupId: g.id,
    heading: withHeading ? `（${g.name}）` : null,
    summary: `绿灯 ${counts.green} 个、黄灯 ${counts.yellow} 个、红灯 ${counts.red} 个。`,
    headers: ['单位', ...g.indicators.map((i) => i.name), '综合灯色'],
    rows: g.units.map((u) => [
      { text: u.name },
      ...g.indicators.map((i) => {
        const r = u.indicators[i.id];
        return lightCell(r?.applicable ? r.light : null);
      }),
      lightCell(u.light),
    ]),
  };
}
