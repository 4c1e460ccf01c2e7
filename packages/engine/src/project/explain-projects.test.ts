import type { DatasetInput, RulePackInput } from '@kaoping/contracts';
import { Dataset, type Operator } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { pack, run } from '../../test/factory.ts';
import { compilePack } from '../compile/compile-pack.ts';
import { OPERATOR_FNS } from '../condition/operators.ts';
import { parseDecimal } from '../exact/q.ts';
import { prepareRun } from '../evaluate/evaluate.ts';
import { evaluateFast } from '../fast/evaluate-fast.ts';
import { buildProjects } from './build-projects.ts';
import { explainProjects } from './explain-projects.ts';

const statusIs = (value: string | string[]) => ({ all: [{ fact: 'status', operator: Array.isArray(value) ? 'in' : 'equal', value }] });

/** Project rules with a fact reference, `any`/`not`, literal lists, skipped branches and a reason shared by two rules. */
const p = pack({
  projectFlags: [
    {
      id: 'big',
      name: '大项目',
      when: {
        any: [{ fact: 'annualPlan', operator: 'greaterThanInclusive', value: 1000 }, { not: { fact: 'provincialKey', operator: 'equal', value: false } }],
      },
    },
  ],
  projectRules: {
    facts: [
      { id: 'startOverdue', name: '逾期未开工', formula: 'plannedStart != null && plannedStart < asOf && (startedOn == null || startedOn > asOf)' },
      { id: 'daysOverdue', name: '逾期天数', formula: 'if(startOverdue, daysBetween(plannedStart, asOf), 0)' },
      { id: 'planToDate', name: '序时计划投资', formula: 'annualPlan * timeProgress' },
      { id: 'investRatio', name: '投资完成率', formula: 'invested / planToDate', round: 4 },
      { id: 'behind', name: '差额', formula: 'invested < planToDate ? planToDate - invested : 0' },
      { id: 'tag', name: '标签', formula: "big ? '大' : sector" },
    ],
    status: [
      { status: 'lagging', reason: 'start_late', label: '未按计划开工', when: { all: [{ fact: 'startOverdue', operator: 'equal', value: true }] } },
      {
        status: 'severe',
        reason: 'late_60',
        label: '逾期或严重落后',
        when: {
          any: [
            { fact: 'daysOverdue', operator: 'greaterThan', value: 60 },
            { not: { fact: 'invested', operator: 'greaterThanInclusive', value: { fact: 'behind' } } },
          ],
        },
      },
      {
        status: 'lagging',
        reason: 'invest_behind',
        when: {
          all: [
            { fact: 'investRatio', operator: 'lessThan', value: 0.8 },
            { fact: 'sector', operator: 'in', value: ['二产', '三产', 3] },
          ],
        },
      },
    ],
    light: {
      bands: [
        { light: 'red', reason: '严重滞后', when: statusIs('severe') },
        { light: 'yellow', reason: '滞后', when: statusIs(['lagging']) },
        { light: 'green' },
      ],
    },
    lists: [
      {
        id: 'watch',
        name: '关注清单',
        rules: [
          { reason: 'bad', label: '不正常', when: statusIs(['lagging', 'severe']), detail: 'statusReasons' },
          { reason: 'bad', when: { all: [{ fact: 'statusReasons', operator: 'contains', value: 'late_60' }] } },
          { reason: 'any', label: '全部', when: { all: [{ fact: 'sector', operator: 'notIn', value: [] }] } },
        ],
      },
      {
        id: 'same',
        name: '同上期',
        rules: [
          {
            reason: 'same',
            when: {
              all: [
                { fact: 'status', operator: 'equal', value: { fact: 'prevStatus' } },
                { fact: 'laggingPeriods', operator: 'greaterThanInclusive', value: 2 },
                { fact: 'lightReason', operator: 'notEqual', value: null },
              ],
            },
          },
        ],
      },
    ],
  },
} as Partial<RulePackInput>);

const project = (id: string, unitId: string, fields: Record<string, string | boolean | null>) => ({ id, unitId, name: `项目${id}`, fields });
const data: DatasetInput = {
  units: [
    { id: 'U1', name: '甲区', group: '街镇组' },
    { id: 'U2', name: '乙区', group: '街镇组' },
  ],
  projects: [
    project('P1', 'U1', { plannedStart: '2024-01-31', startedOn: null, annualPlan: '1200', sector: '二产', provincialKey: true }),
    project('P2', 'U1', { plannedStart: '2024-06-30', startedOn: null, annualPlan: '600', sector: '三产', provincialKey: false }),
    project('P3', 'U2', { plannedStart: '2024-02-29', startedOn: '2024-02-10', annualPlan: '600', sector: null, provincialKey: null }),
  ],
  reports: [
    { unitId: 'U1', indicator: 'P1', period: '2024-03', value: '100' },
    { unitId: 'U1', indicator: 'P2', period: '2024-05', value: '500' },
    { unitId: 'U2', indicator: 'P3', period: '2024-04', value: '250' },
  ],
};

const AS_OF = '2024-04-30';

/** A traced run whose project outcomes are computed (as `evaluate` computes them before the trace). */
function tracedRun() {
  const cp = compilePack(p);
  const rt = prepareRun(cp, Dataset.parse(data), AS_OF, true);
  const at = rt.periods.length - 1;
  buildProjects(rt, at);
  return { cp, rt, at, records: rt.records! };
}

describe('project explanations', () => {
  it('show every comparison and formula with the values it was evaluated with', () => {
    const lines =
      run(p, data, AS_OF)
        .trace?.['U1']?.filter((l) => l.key.startsWith('project.P1'))
        .map((l) => l.text.replace('项目 P1 项目P1', '')) ?? [];
    expect(lines).toEqual([
      '：严重滞后，累计完成投资 100 万元',
      '：逾期未开工 = ((计划开工 ≠ 空) 且 (计划开工 < 截止日)) 且 ((开工日期 = 空) 或 (开工日期 > 截止日)) = ((2024-01-31 ≠ 空) 且 (2024-01-31 < 2024-04-30)) 且 ((空 = 空) 或 (空 > 2024-04-30)) = 是',
      '：逾期天数 = 如果(逾期未开工, 相差天数(计划开工, 截止日), 0) = if(是, daysBetween(2024-01-31, 2024-04-30), 0) = 90',
      '：序时计划投资 = 年度计划投资(万元) × 序时进度 = 1200 × 1/3 = 400',
      '：投资完成率 = 累计完成投资(万元) ÷ 序时计划投资 = 100 ÷ 400 = 0.25',
      '：差额 = 如果 累计完成投资(万元) < 序时计划投资 则 序时计划投资 - 累计完成投资(万元) 否则 0 = 如果 100 < 400 则 400 - 100 否则 0 = 300',
      "：标签 = 如果 大项目 则 '大' 否则 工作组/行业领域 = 如果 是 则 '大' 否则 二产 = 大",
      ' → 滞后（未按计划开工）：逾期未开工 是 等于 是 ✓',
      ' → 严重滞后（逾期或严重落后）：（逾期天数 90 大于 60 ✓；或 非（累计完成投资(万元) 100 大于等于 差额 300 ✗））',
      ' → 滞后（invest_behind）：投资完成率 0.25 小于 0.8 ✓；且 工作组/行业领域 二产 属于 二产、三产、3 ✓',
      '：红灯（严重滞后）',
      ' → 关注清单（不正常）：项目状态 严重滞后 属于 滞后、严重滞后 ✓',
      ' → 关注清单（bad）：滞后原因 start_late、late_60、invest_behind 包含 late_60 ✓',
      ' → 关注清单（全部）：工作组/行业领域 二产 不属于  ✓',
      ' → 同上期（same）：项目状态 严重滞后 等于 上期项目状态 severe ✓；且 连续滞后期数 4 大于等于 2 ✓；且 亮灯原因 严重滞后 不等于 空 ✓',
    ]);
  });

  it('are rendered from the records kept while the rules were evaluated: a changed record changes the explanation', () => {
    const { rt, at, records } = tracedRun();
    const status = (u: number) => explainProjects(rt, at, u).filter((l) => l.key === 'project.P1.status' || l.key === 'project.P3.status');
    expect(status(0).map((l) => l.text)).toHaveLength(3);
    const p3 = records.project(1, 'P3');
    expect(p3.status[0]).toMatchObject({ kind: 'all', result: false });
    // P3's first rule did not hold; a record saying it held with another value must show in its explanation.
    const leaf = { kind: 'leaf', fact: 'startOverdue', factValue: parseDecimal('42'), operator: 'equal', valueFact: null, value: true, result: true } as const;
    p3.status[0] = { kind: 'all', parts: [leaf], result: true };
    expect(status(1).map((l) => l.text)).toEqual(['项目 P3 项目P3 → 滞后（未按计划开工）：逾期未开工 42 等于 是 ✓']);
  });

  it('evaluate no operator and no compiled rule or formula while rendering', () => {
    const { cp, rt, at } = tracedRun();
    const before = [0, 1].map((u) => explainProjects(rt, at, u));
    const rules = cp.projectRules;
    const saved = { ...OPERATOR_FNS };
    const fail = () => {
      throw new Error('evaluated while rendering');
    };
    try {
      for (const op of Object.keys(OPERATOR_FNS) as Operator[]) OPERATOR_FNS[op] = fail;
      for (const r of [...rules.status, ...rules.lists.flatMap((l) => l.rules)]) Object.assign(r, { when: fail });
      for (const f of rules.facts) Object.assign(f, { formula: { ...f.formula, get: fail } });
      expect([0, 1].map((u) => explainProjects(rt, at, u))).toEqual(before);
    } finally {
      Object.assign(OPERATOR_FNS, saved);
    }
  });

  it('are the same when a fast run explains a unit (from a recording run beside it)', () => {
    const cp = compilePack(p);
    const parsed = Dataset.parse(data);
    const exact = run(p, data, AS_OF).trace;
    const fast = evaluateFast(cp, parsed, { asOf: AS_OF });
    expect(['U1', 'U2'].map((u) => fast.explain(u))).toEqual([exact?.['U1'], exact?.['U2']]);
  });
});
