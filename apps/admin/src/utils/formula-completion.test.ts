import type { RulePack } from '@kaoping/contracts';
import { KaopingError } from '@kaoping/contracts';
import { FACTS, FUNCTIONS, compilePack } from '@kaoping/engine';
import { makePack } from '@kaoping/report/testing';
import { describe, expect, it } from 'vitest';
import { membersOf, namesAt, type CompletionName } from './formula-completion-names.ts';
import { applyName, enclosingCalls, suggest, tokenAt } from './formula-completion.ts';

const when = { all: [] };
/** A small pack with a name of every kind: K2 takes its formulas from method m. */
const pack = (): RulePack =>
  makePack({
    indicators: [
      { id: 'K1', name: '新落地项目数', facts: { bonus: '1' }, params: { cap: '1.2' } },
      { id: 'K2', name: '新开工项目数', method: 'm' },
    ],
    methods: { m: { name: '方法', params: { step: '0.1' }, facts: { best: 'groupMax(actual)' }, score: 'weight * completion' } },
    defaults: { facts: { shared: '1' } },
    parameters: [{ id: 'statementCount', name: '表态发言单位数', type: 'number', default: 2 }],
    measures: [{ id: 'started', name: '开工数', source: 'projects', aggregate: 'count', where: when }],
    facts: [
      { id: 'allDone', name: '完成全部任务', formula: 'true' },
      { id: 'gap', name: '差距', formula: '0' },
    ],
    adjustments: [{ id: 'adj', name: '扣分', kind: 'deduction', items: [{ id: 'A', name: '事项', points: 1, count: '0' }] }],
    ranking: { eligible: '!vetoed', keys: [{ formula: 'total', order: 'desc', round: 2 }] },
    lists: [{ id: 'statement', name: '表态发言', rules: [{ reason: 'last', when, amount: '1', detail: '1' }] }],
    projectFlags: [{ id: 'major', name: '重大项目', when }],
    projectRules: {
      facts: [
        { id: 'late', name: '逾期', formula: '1' },
        { id: 'later', name: '再逾期', formula: '1' },
      ],
      lists: [{ id: 'pl', name: '清单', rules: [{ reason: 'r', when, detail: '1' }] }],
    },
  });

const POINTERS = [
  '/indicators/0/score',
  '/indicators/0/facts/bonus',
  '/methods/m/score',
  '/defaults/facts/shared',
  '/base',
  '/facts/1/formula',
  '/adjustments/0/items/0/count',
  '/ranking/eligible',
  '/ranking/keys/0/formula',
  '/lists/0/rules/0/amount',
  '/lists/0/rules/0/detail',
  '/projectRules/facts/1/formula',
  '/projectRules/lists/0/rules/0/detail',
];

function problemsWith(pointer: string, formula: string): string[] {
  const p = pack() as unknown as Record<string, unknown>;
  const keys = pointer.split('/').slice(1);
  let node = p;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[keys.at(-1) as string] = formula;
  try {
    compilePack(p);
    return [];
  } catch (e) {
    if (e instanceof KaopingError) return e.problems.map((x) => `${formula}: ${x.pointer ?? ''} ${x.message}`);
    throw e;
  }
}

/** The formulas choosing a name writes, completed: a function gets its fewest arguments, `K1.` each member. */
function formulasOf(pointer: string, n: CompletionName): string[] {
  const chosen = applyName('', { start: 0, end: 0, prefix: '' }, n);
  if (n.kind === 'indicator') return membersOf(pack(), pointer, n.id).map((m) => m.insert);
  if (n.kind !== 'function') return [chosen.text];
  const min = FUNCTIONS.find((f) => f.id === n.id)?.min ?? 0;
  return [`${chosen.text.slice(0, chosen.caret)}${Array.from({ length: min }, () => '1').join(', ')}${chosen.text.slice(chosen.caret)}`];
}

describe('formula completion', () => {
  it.each(POINTERS)('every name offered at %s compiles there, and no other name does', (pointer) => {
    const offered = namesAt(pack(), pointer);
    expect(offered.length).toBeGreaterThan(20);
    expect(offered.flatMap((n) => formulasOf(pointer, n).flatMap((f) => problemsWith(pointer, f)))).toEqual([]);
    // Every name of the catalogue and the pack that is not offered fails there (a fact naming itself is left out: a cycle).
    const own = POINTERS.flatMap((p) => namesAt(pack(), p)).map((n) => n.id);
    const ids = new Set(offered.map((n) => n.id));
    const self = new Set(['gap', 'bonus', 'shared']);
    const others = [...new Set([...FACTS.map((f) => f.id), ...own, 'K1'])].filter((id) => !ids.has(id) && !self.has(id));
    expect(others.length).toBeGreaterThan(0);
    for (const id of others) expect(problemsWith(pointer, id), id).not.toEqual([]);
    for (const f of FUNCTIONS.filter((x) => !ids.has(x.id)))
      expect(problemsWith(pointer, `${f.id}(${Array(f.min).fill('1').join(', ')})`), f.id).not.toEqual([]);
  });

  it('inside indicatorAll(…) of a unit formula offers every indicator’s facts, and those compile there', () => {
    const pointer = '/facts/1/formula';
    const inside = namesAt(pack(), pointer, true);
    const ids = inside.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['done', 'bonus', 'best', 'shared', 'total', 'groupMax']));
    expect(ids).not.toContain('indicatorSum');
    expect(inside.flatMap((n) => formulasOf(pointer, n).flatMap((f) => problemsWith(pointer, `indicatorAll(${f})`)))).toEqual([]);
    for (const id of ['cap', 'step', 'K1']) expect(problemsWith(pointer, `indicatorAll(${id})`), id).not.toEqual([]);
    expect(suggest(pack(), pointer, 'indicatorAll(do', 15).map((s) => s.id)).toContain('done');
    expect(suggest(pack(), pointer, 'indicatorAll(done) && do', 24).map((s) => s.id)).not.toContain('done');
    const open = "if(a, indicatorSum(x, ')' ";
    expect(enclosingCalls(open, open.length)).toEqual(['indicatorSum', 'if']);
    expect(enclosingCalls(`${open}), `, open.length + 3)).toEqual(['if']);
  });

  it('offers names of the scope at the pointer, by id or by Chinese label', () => {
    const ids = (pointer: string, text: string) => suggest(pack(), pointer, text, text.length).map((s) => s.id);
    expect(ids('/ranking/keys/0/formula', 'grou')).toEqual(['groupId', 'groupSize', 'groupAvg', 'groupCount', 'groupMax', 'groupMin', 'groupRank', 'groupSum']);
    expect(ids('/projectRules/facts/1/formula', 'grou')).toEqual([]);
    expect(ids('/projectRules/facts/1/formula', 'la')).toEqual(['late']);
    expect(ids('/indicators/0/score', 'weight * 完成')).toEqual(['completion', 'done', 'allDone', 'actual']);
    expect(ids('/indicators/1/score', 'ca')).toEqual([]);
    expect(ids('/indicators/0/score', 'ca')).toEqual(['cap']);
    expect(ids('/base', 'statement')).toEqual(['statementCount']);
    expect(ids('/base', 'Count')).toEqual(['count', 'countPeriods', 'rankedCount', 'statementCount', 'groupCount', 'indicatorCount']);
    expect(ids('/base', 'K1.co')).toEqual(['completion']);
    expect(suggest(pack(), '/base', 'K1.', 3).map((s) => s.text)).toContain('K1.bonus');
    expect(ids('/base', 'K2.bo')).toEqual([]);
    expect(ids('/indicators/0/name', 'gro')).toEqual([]);
  });

  it('labels functions with their signature and replaces the word under the caret', () => {
    const [max] = suggest(pack(), '/base', 'groupMa(total)', 7);
    expect(max).toMatchObject({ id: 'groupMax', label: '组内最大值', detail: 'groupMax(x, y?)', text: 'groupMax(total)', caret: 9 });
    expect(max?.note).toContain('筛选条件');
    const [done] = suggest(pack(), '/base', 'K1.do + 1', 5);
    expect(done).toMatchObject({ label: '完成任务', text: 'K1.done + 1', caret: 7 });
    const [round] = suggest(pack(), '/base', 'rou', 3);
    expect(round).toMatchObject({ text: 'round()', caret: 6 });
    expect(suggest(pack(), '/base', 'total', 2).map((s) => s.text)).toContain('total');
  });

  it('finds the word under the caret, but not in strings or numbers', () => {
    expect(tokenAt('weight * min(compl', 18)).toEqual({ start: 13, end: 18, prefix: 'compl' });
    expect(tokenAt("groupRank(x, 'de", 16)).toBeNull();
    expect(tokenAt(`if(a == "it's", tot`, 19)).toEqual({ start: 16, end: 19, prefix: 'tot' });
    expect(tokenAt('1.3', 3)).toBeNull();
    expect(tokenAt('a + ', 4)).toBeNull();
    expect(tokenAt('K4.', 3)).toEqual({ start: 3, end: 3, prefix: '', object: 'K4' });
  });
});
