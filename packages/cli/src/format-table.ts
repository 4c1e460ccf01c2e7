import { VETO_MARK, type RulePack, type RunResult } from '@kaoping/contracts';
import { rankingSheets, type SheetCell } from '@kaoping/report';
import { projectListLines, projectRows } from './format-projects.ts';

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

/** Columns padded to their widest cell; numbers to the right, text to the left. */
function grid(header: string[], rows: SheetCell[][]): string {
  const ws = header.map((h, k) => Math.max(width(h), ...rows.map((r) => width(r[k]?.text ?? ''))));
  const line = (r: SheetCell[]) =>
    r
      .map((c, k) => pad(c.text, ws[k] ?? 0, c.kind === 'number'))
      .join('  ')
      .trimEnd();
  const head = header
    .map((h, k) => pad(h, ws[k] ?? 0, false))
    .join('  ')
    .trimEnd();
  return [head, ws.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const texts = (row: string[]): SheetCell[] => row.map((text) => ({ kind: 'text', text }));

/** `--trace`: one explanation block per unit, in ranking order. */
function explanations(trace: NonNullable<RunResult['trace']>, units: RunResult['groups'][number]['units']): string[] {
  return units.flatMap((u) => ['', `▸ ${u.name}（${u.unitId}）计算过程`, ...(trace[u.unitId] ?? []).map((l) => `  ${l.text}`)]);
}

/** Report's ranking sheets (the columns of the XLSX and CSV exports), one per group, followed by the lists in words. */
export function formatTable(r: RunResult, pack: RulePack | null = null): string {
  const out = [`${r.pack.name}  ${r.period.label}（截至 ${r.asOf}，序时进度 ${r.period.timeProgress}）`];
  const sheets = rankingSheets(r, pack);
  for (const [k, g] of r.groups.entries()) {
    const sheet = sheets[k];
    if (sheet === undefined) continue;
    out.push('', `【${sheet.group}】`, grid(sheet.headers, sheet.rows));
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
  if (r.projects !== undefined) {
    const { header, rows } = projectRows(r, r.projects);
    out.push('', '【项目】', grid(header, rows.map(texts)), ...projectListLines(r, r.projects));
  }
  return out.join('\n');
}
