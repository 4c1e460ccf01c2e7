import type { ListRule, OutcomeList, RulePack } from '@kaoping/contracts';
import { OPERATOR_CATALOGUE } from '@kaoping/engine';
import { buildWhen, type Clause } from './rule-clauses.ts';
import { factName, taskName } from './fact-names.ts';

const snake = (id: string): string =>
  id
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9_]/g, '_')
    .toLowerCase();
const OP_CODES: Readonly<Record<string, string>> = { lessThan: 'lt', lessThanInclusive: 'le', greaterThan: 'gt', greaterThanInclusive: 'ge' };
const CN_COUNTS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
const LIGHT_NAMES: Readonly<Record<string, string>> = { red: '红', yellow: '黄', green: '绿' };

/** 2 → 两, 11 → 11: how a count reads in "后两名". */
const countWord = (n: number): string => CN_COUNTS[n] ?? String(n);

function reasonPart(c: Clause): string {
  switch (c.kind) {
    case 'top':
      return `rank_top${c.n}`;
    case 'bottom':
      return c.last && c.n === 1 ? 'last' : `bottom${c.n}`;
    case 'minTotal':
      return `total_min${String(c.x)}`;
    case 'done':
      return `${snake(c.path === undefined ? c.fact.replace(/Done$/, '') : c.fact)}_${c.value ? 'done' : 'missed'}`;
    case 'flag':
      return c.fact === 'vetoed' ? (c.value ? 'veto' : '') : `${c.value ? '' : 'not_'}${snake(c.fact)}`;
    case 'light':
      return c.light;
    case 'compare':
      return `${snake(c.fact)}_${OP_CODES[c.operator] ?? c.operator}${c.value}`;
  }
}

/** The reason code of a rule in words, made from its clauses (never typed): 后两名且未完成K4 → `bottom2_k4_missed`. */
export function reasonFor(clauses: readonly Clause[]): string {
  const parts = clauses.map(reasonPart).filter((p) => p !== '');
  return parts.length > 0 ? parts.join('_') : clauses.some((c) => c.kind === 'flag' && c.fact === 'vetoed') ? 'not_vetoed' : 'rule';
}

function labelPart(pack: RulePack, c: Clause): string {
  switch (c.kind) {
    case 'top':
      return `排名前${countWord(c.n)}名`;
    case 'bottom':
      return c.last && c.n === 1 ? '排名末位' : `排名后${countWord(c.n)}名`;
    case 'minTotal':
      return `总分不低于${String(c.x)}分`;
    case 'done':
      return `${c.value ? '完成' : '未完成'}${taskName(pack, c.fact, c.path)}${c.path === undefined ? '' : '任务'}`;
    case 'flag':
      return c.value ? factName(pack, c.fact) : `非${factName(pack, c.fact)}`;
    case 'light':
      return `亮${LIGHT_NAMES[c.light] ?? c.light}灯`;
    case 'compare':
      return `${factName(pack, c.fact)}${OPERATOR_CATALOGUE.find((o) => o.id === c.operator)?.label ?? c.operator}${c.value}`;
  }
}

/** The display name of a rule in words: "排名后三名且未完成服务业开竣工合计数任务". */
function labelFor(pack: RulePack, clauses: readonly Clause[]): string {
  return clauses.map((c) => labelPart(pack, c)).join('且');
}

/**
 * Writes clauses into rule `j` of a list: its condition, its generated reason code (made unique
 * within the list) and its display name.
 */
export function applyClauses(pack: RulePack, list: OutcomeList, j: number, clauses: readonly Clause[]): void {
  const rule: ListRule | undefined = list.rules[j];
  if (rule === undefined) return;
  const taken = new Set(list.rules.filter((_, k) => k !== j).map((r) => r.reason));
  const base = reasonFor(clauses);
  let reason = base;
  for (let k = 2; taken.has(reason); k++) reason = `${base}_${k}`;
  rule.when = buildWhen(clauses);
  rule.reason = reason;
  rule.label = labelFor(pack, clauses);
}
