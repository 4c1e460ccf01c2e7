import type { TraceLine } from '@kaoping/contracts';
import { isQ, toFixed } from '../exact/q.ts';
import type { RunState } from '../evaluate/run-state.ts';
import { listHits } from '../evaluate/stages/outcomes.ts';
import type { Run } from '../evaluate/stages/run.ts';
import type { Node, Value } from '../formula/ast.ts';
import { identifiers } from '../formula/identifiers.ts';
import { showValue } from '../formula/values.ts';
import { recordedCondition, recordedFormula } from './recorded.ts';
import { explainFormula, renderCondition } from './render.ts';

const LIGHT_CN: Record<string, string> = { green: '绿灯', yellow: '黄灯', red: '红灯' };

/** “标签 = 公式 = 代入数值 = 结果” of formula fact `name`, from its record. */
function formulaLine(rt: Run, p: number, u: number, i: number, name: string, node: Node, label: string): string {
  const rec = recordedFormula(rt, p, u, i, name);
  return explainFormula(label, node, rt.cp.labels, rec, showValue(rec.value));
}

function explainIndicator(rt: Run, p: number, u: number, i: number): TraceLine[] {
  const ind = rt.cp.indicators[i];
  if (ind === undefined) return [];
  const f = (n: string): Value => rt.indFact(p, u, i, n);
  const head = `${ind.id} ${ind.name}`;
  const lines: TraceLine[] = [];
  const actual = ind.formulas.get('actual');
  if (actual !== undefined)
    lines.push({ key: `${ind.id}.actual`, text: `${head}：${formulaLine(rt, p, u, i, 'actual', actual.node, '实际完成')}${sourcesOf(rt, p, u, actual.node)}` });
  lines.push({ key: `${ind.id}.target`, text: `${head}：年度目标 ${showValue(f('target'))}，权重 ${showValue(f('weight'))}` });
  if (f('applicable') !== true) {
    lines.push({ key: `${ind.id}.applicable`, text: `${head}：不适用（目标为空或为0），不计分，其权重不计入基础分分母` });
    return lines;
  }
  for (const [name, label] of [
    ['plan', '序时目标'],
    ['completion', '完成率'],
    ['score', '得分'],
    ['done', '完成任务'],
  ] as const) {
    const g = ind.formulas.get(name);
    if (g !== undefined) lines.push({ key: `${ind.id}.${name}`, text: `${head}：${formulaLine(rt, p, u, i, name, g.node, label)}` });
  }
  for (const name of ind.customFacts) {
    const g = ind.formulas.get(name);
    if (g !== undefined) lines.push({ key: `${ind.id}.${name}`, text: `${head}：${formulaLine(rt, p, u, i, name, g.node, name)}` });
  }
  const light = f('light');
  if (typeof light === 'string') {
    const base = f('lightBase');
    const why = showValue(f('lightReason'));
    const text = base === light ? `${LIGHT_CN[light]}（${why}）` : `原始${LIGHT_CN[String(base)]}，${why} → ${LIGHT_CN[light]}`;
    lines.push({ key: `${ind.id}.light`, text: `${head}：${text}` });
  }
  return lines;
}

/** Names the rows behind the measures a formula uses (项目、事项). */
function sourcesOf(rt: Run, p: number, u: number, node: Node): string {
  const parts = identifiers(node)
    .filter((id) => rt.cp.measures.has(id))
    .map((id) => {
      const items = rt.details.get(`${p}|${u}|${id}`)?.items ?? [];
      return `${rt.cp.labels.get(id) ?? id}：${items.length === 0 ? '无' : items.map((x) => x.id).join('、')}`;
    });
  return parts.length === 0 ? '' : `（${parts.join('；')}）`;
}

function explainAdjustments(rt: Run, p: number, u: number): TraceLine[] {
  return rt.cp.adjustments.map((a) => {
    const raw = rt.unitFact(p, u, `${a.id}Raw`);
    const items = rt.details.get(`${p}|${u}|${a.id}`)?.items ?? [];
    const parts = items.map((x) => `${a.items.find((it) => it.id === x.id)?.name ?? x.id} ${showValue(x.count)}×${showValue(x.points ?? null)}`);
    const cap = a.cap === null ? '' : `，封顶 ${showValue(a.cap)} → ${showValue(rt.unitFact(p, u, a.id))}`;
    return { key: a.id, text: `${a.name}：${parts.length === 0 ? '无' : `${parts.join(' + ')} = ${showValue(raw)}`}${cap}` };
  });
}

function explainRank(rt: Run, p: number, u: number): TraceLine {
  const info = rt.rankInfo(p, u);
  if (info.rank === null) {
    return { key: 'rank', text: rt.unitFact(p, u, 'vetoed') === true ? '一票否决：保留得分，不参加排名，不得评先' : '不参加排名' };
  }
  const keys = rt.cp.ranking.keys.map((k, j) => {
    const v = info.keys[j] ?? null;
    return `${k.label}${k.order === 'desc' ? '↓' : '↑'} ${isQ(v) && k.round !== null ? toFixed(v, k.round) : showValue(v)}`;
  });
  return { key: 'rank', text: `排名：第${info.rank}名（共${info.ranked}个单位参加排名，其后${info.below}个）；排序键 ${keys.join('，')}` };
}

/**
 * Every number of one unit and every list entry, explained in Chinese from the records of a run that
 * recorded its evaluations (`rt` itself, or a recording run beside it).
 */
export function explainUnit(state: RunState, p: number, u: number): TraceLine[] {
  const rt = state.traced();
  const unit = rt.data.units[u];
  const g = rt.cp.pack.groups[rt.groupOf(u)];
  const lines: TraceLine[] = [{ key: 'unit', text: `${unit?.name ?? ''}（${unit?.id ?? ''}），${g?.name ?? ''}，${rt.periods[p]?.label ?? ''}` }];
  for (const i of rt.groupIndicators(u)) lines.push(...explainIndicator(rt, p, u, i));
  const formula = (key: string, label: string): void => {
    const f = rt.cp.unitFormulas.get(key);
    if (f !== undefined) lines.push({ key, text: formulaLine(rt, p, u, -1, key, f.node, label) });
  };
  formula('base', '基础分');
  lines.push(...explainAdjustments(rt, p, u));
  if (rt.unitFact(p, u, 'vetoed') === true)
    lines.push({ key: 'vetoed', text: `${rt.cp.pack.veto?.name ?? '一票否决'}：${renderCondition(recordedCondition(rt, p, u, 'veto'), rt.cp.labels)}` });
  formula('total', '总分');
  lines.push(explainRank(rt, p, u));
  for (const fact of rt.cp.pack.facts ?? []) formula(fact.id, fact.name);
  for (const hit of listHits(rt, p, u)) {
    const list = rt.cp.pack.lists?.[hit.list];
    const rule = list?.rules[hit.rule];
    if (list === undefined || rule === undefined) continue;
    const why = renderCondition(recordedCondition(rt, p, u, `list.${hit.list}.${hit.rule}`), rt.cp.labels);
    lines.push({ key: `list.${list.id}`, text: `→ ${list.name}（${rule.label ?? rule.reason}）：${why}` });
  }
  return lines;
}
