import { Dataset, type RulePackInput } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { pack } from '../../test/factory.ts';
import { rng } from '../../test/rng.ts';
import { randomData, randomPack } from '../../test/random-pack.ts';
import { compilePack } from '../compile/compile-pack.ts';
import { periodSeries } from '../evaluate/calendar.ts';
import { indexData } from '../evaluate/data-index.ts';
import { RunState } from '../evaluate/run-state.ts';
import { unitResult } from '../evaluate/stages/result.ts';
import { unitJson } from './unit-json.ts';

/** Every unit of every period up to `asOf`, written both ways by one exact state; the first difference, or null. */
function differences(input: RulePackInput, data: Dataset, asOf: string, seen: string[] = []): string | null {
  const cp = compilePack(input);
  const periods = periodSeries(cp.pack.calendar, asOf);
  const rt = new RunState(cp, indexData(cp.pack, data), periods);
  for (let p = periods.length - 1; p >= 0; p--)
    for (let u = 0; u < data.units.length; u++) {
      const want = JSON.stringify(unitResult(rt, p, u));
      const got = unitJson(rt, p, u);
      seen.push(got);
      if (got !== want) return `period ${p}, unit ${u}:\n${got}\n${want}`;
    }
  return null;
}

const LIGHT = {
  bands: [
    { light: 'red' as const, reason: '未填报 "缺"', when: { all: [{ fact: 'input', operator: 'equal', value: null }] } },
    { light: 'green' as const, reason: 'c>=100%', when: { all: [{ fact: 'completion', operator: 'greaterThanInclusive', value: 1 }] } },
    { light: 'yellow' as const },
  ],
  escalate: [{ from: 'yellow' as const, periods: 2, to: 'red' as const, reason: 'escalated' }],
};

describe('unitJson', () => {
  it('writes what JSON.stringify(unitResult) writes on random packs, in every period', () => {
    const r = rng(20261205);
    for (let k = 0; k < 150; k++) {
      const input = randomPack(r, k);
      for (let d = 0; d < 3; d++) {
        const data = Dataset.parse(randomData(r, input));
        const diff = differences(input, data, ['2024-03-31', '2024-06-15', '2024-01-31'][d]!);
        if (diff !== null) expect.fail(`pack ${k}, dataset ${d}, ${diff}`);
      }
    }
  });

  it('writes lights with their reasons, custom indicator facts, rounded facts, text and odd names as unitResult does', () => {
    const input = pack({
      indicators: [
        {
          id: 'K1',
          name: '指标一',
          input: 'sum',
          plan: 'target * timeProgress',
          score: 'weight * min(completion, 1.3)',
          light: LIGHT,
          facts: { ratio: 'completion * 3', missing: 'input == null', best: 'groupMax(actual)' },
        },
        { id: 'K2', name: '指标二', input: 'latest', score: 'weight * 0.875', facts: { half: 'actual / 2' } },
      ],
      weights: { towns: { K1: 62.5, K2: 37.5 } },
      facts: [
        { id: 'third', name: '三分之一', formula: 'total / 3', round: 3 },
        { id: 'exactThird', name: '精确', formula: 'total / 3' },
        { id: 'flag', name: '标志', formula: 'total > 50' },
      ],
      adjustments: [{ id: 'bonus', name: '加分', kind: 'bonus', cap: 2, items: [{ id: 'B', name: '加分事项', points: 0.125 }] }],
      measures: [{ id: 'vetoes', name: '否决', source: 'events', aggregate: 'count', where: { all: [{ fact: 'kind', operator: 'equal', value: 'veto' }] } }],
    });
    const values = ['13', '11.5', null, '12', '-3', '0'];
    const data = Dataset.parse({
      units: values.map((_, k) => ({ id: `U${k + 1}`, name: k === 2 ? '单位"三"\\\u2028' : `单位${k + 1}`, group: '街镇组' })),
      targets: values.flatMap((_, k) => [
        { unitId: `U${k + 1}`, indicator: 'K1', value: k === 5 ? '0' : '12', period: null },
        { unitId: `U${k + 1}`, indicator: 'K2', value: '7', period: null },
      ]),
      reports: values.flatMap((v, k) =>
        ['2024-01', '2024-02', '2024-03'].flatMap((period, m) => [
          { unitId: `U${k + 1}`, indicator: 'K1', period, value: v === null ? null : String(Number(v) + m) },
          { unitId: `U${k + 1}`, indicator: 'K2', period, value: String(k * m) },
        ]),
      ),
      events: [
        { unitId: 'U1', period: '2024-02', kind: 'bonus', code: 'B', count: '3', note: null },
        { unitId: 'U1', period: '2024-03', kind: 'bonus', code: 'B', count: '2', note: null },
        { unitId: 'U4', period: '2024-03', kind: 'veto', code: 'V', count: '1', note: null },
      ],
    });
    const seen: string[] = [];
    expect(differences(input, data, '2024-03-31', seen)).toBeNull();
    const { ranking: _, ...unranked } = input;
    expect(differences(unranked, data, '2024-03-31', seen)).toBeNull();
    const text = seen.join('\n');
    for (const s of [
      '"lightReason":"未填报 \\"缺\\""',
      '"light":"green"',
      '"lightReason":"escalated"',
      '"previousRank":',
      '"third":"',
      '"flag":true',
      '"missing":true',
      '单位\\"三\\"',
    ])
      expect(text).toContain(s);
  });
});
