import { rankLabel, VETO_MARK, type RunResult } from '@kaoping/contracts';

const LIGHT: Record<string, string> = { green: '绿', yellow: '黄', red: '红' };

/** Display width in a terminal: CJK characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, w: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
}

function grid(header: string[], rows: string[][]): string {
  const ws = header.map((h, k) => Math.max(width(h), ...rows.map((r) => width(r[k] ?? ''))));
  const line = (r: string[]) => r.map((c, k) => pad(c, ws[k] ?? 0, k !== 1)).join('  ');
  return [line(header), ws.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** `--trace`: one explanation block per unit, in ranking order. */
function explanations(trace: NonNullable<RunResult['trace']>, units: RunResult['groups'][number]['units']): string[] {
  return units.flatMap((u) => ['', `▸ ${u.name}（${u.unitId}）计算过程`, ...(trace[u.unitId] ?? []).map((l) => `  ${l.text}`)]);
}

/** Ranking tables with Chinese headers, one per group, followed by the lists. */
export function formatTable(r: RunResult): string {
  const out = [`${r.pack.name}  ${r.period.label}（截至 ${r.asOf}，序时进度 ${r.period.timeProgress}）`];
  for (const g of r.groups) {
    const header = ['排名', '单位', ...g.indicators.map((i) => `${i.id}(${i.weight})`), '基础分', '加分', '扣分', '总分', '灯'];
    const rows = g.units.map((u) => [
      rankLabel(u) || '—',
      u.name,
      ...g.indicators.map((i) => {
        const ind = u.indicators[i.id];
        const light = ind?.light === null || ind?.light === undefined ? '' : LIGHT[ind.light] ?? '';
        return `${ind?.applicable === true ? ind.score ?? '' : '不适用'}${light}`;
      }),
      u.base ?? '', u.bonus ?? '', u.deduction ?? '', u.total ?? '', u.light === null ? '' : LIGHT[u.light] ?? '',
    ]);
    out.push('', `【${g.name}】`, grid(header, rows));
    for (const l of r.lists) {
      const entries = g.listEntries[l.id] ?? [];
      const names = entries.map((e) => {
        const unit = g.units.find((u) => u.unitId === e.unitId);
        const amount = e.amount === null ? '' : ` ${e.amount}${l.amountUnit ?? ''}`;
        const labels = e.reasons.map((x) => l.reasons[x] ?? x);
        const reasons = unit?.vetoed === true && !labels.includes(VETO_MARK) ? [VETO_MARK, ...labels] : labels;
        return `${unit?.name ?? e.unitId}(${reasons.join('、')})${amount}`;
      });
      out.push(`${l.name}：${names.length === 0 ? '无' : names.join('，')}`);
    }
    if (r.trace !== undefined) out.push(...explanations(r.trace, g.units));
  }
  return out.join('\n');
}
