import { Dataset, RulePack, type Condition, type RulePackInput } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { pack, unitsWithValues } from '../../test/factory.ts';
import { packWarnings } from './pack-warnings.ts';

const codes = (p: RulePackInput, dataset: Dataset | null = null) => packWarnings(RulePack.parse(p), { dataset }).map((w) => `${w.code} ${w.pointer}`);

describe('pack warnings', () => {
  const twoGroups = pack({
    groups: [
      { id: 'towns', name: '街镇组' },
      { id: 'parks', name: '园区组' },
    ],
    indicators: [
      { id: 'K1', name: '指标一', input: 'sum', score: 'weight * min(completion, 1.3)' },
      { id: 'K2', name: '指标二', input: 'sum', score: 'weight * min(completion, 1.3)' },
    ],
    weights: { towns: { K1: 60, K2: 40 }, parks: { K1: 90 } },
    weightTotal: 100,
  });

  it('finds an indicator with data but no weight, and weights off the declared total', () => {
    const data = Dataset.parse({
      units: [{ id: 'Y1', name: '园区一', group: '园区组' }],
      targets: [{ unitId: 'Y1', indicator: 'K2', value: '10', period: null }],
    });
    expect(codes(twoGroups, data)).toEqual(['UNWEIGHTED_WITH_DATA /weights/parks', 'WEIGHT_TOTAL /weights/parks']);
    expect(codes(twoGroups)).toEqual(['WEIGHT_TOTAL /weights/parks']);
    expect(codes({ ...twoGroups, weights: { towns: { K1: 60, K2: 40 }, parks: { K1: '33.33', K2: '66.67' } } }, data)).toEqual([]);
  });

  it('finds an indicator and a fact used nowhere', () => {
    const p = pack({
      indicators: [...pack().indicators, { id: 'K9', name: '闲置指标', input: 'sum' }],
      facts: [
        { id: 'shown', name: '只显示', formula: 'total * 2' },
        { id: 'used', name: '被用到', formula: 'K1.done' },
      ],
      lists: [{ id: 'l', name: '名单', rules: [{ reason: 'r', when: { all: [{ fact: 'used', operator: 'equal', value: true }] } }] }],
    });
    expect(codes(p)).toEqual(['UNUSED_INDICATOR /indicators/1', 'UNUSED_FACT /facts/0']);
  });

  it('finds a list rule whose literal comparisons can never hold', () => {
    const rule = (when: Condition) => pack({ lists: [{ id: 'l', name: '名单', rules: [{ reason: 'r', when }] }] });
    expect(
      codes(
        rule({
          all: [
            { fact: 'rank', operator: 'lessThanInclusive', value: 2 },
            { fact: 'rank', operator: 'greaterThan', value: 3 },
          ],
        }),
      ),
    ).toEqual(['RULE_NEVER_HOLDS /lists/0/rules/0/when']);
    expect(codes(rule({ all: [{ fact: 'unitsRankedBelow', operator: 'lessThan', value: 0 }] }))).toEqual(['RULE_NEVER_HOLDS /lists/0/rules/0/when']);
    expect(
      codes(
        rule({
          all: [
            { fact: 'vetoed', operator: 'equal', value: true },
            { fact: 'vetoed', operator: 'equal', value: false },
          ],
        }),
      ),
    ).toEqual(['RULE_NEVER_HOLDS /lists/0/rules/0/when']);
    expect(
      codes(
        rule({
          all: [
            { fact: 'rank', operator: 'greaterThanInclusive', value: 2 },
            { fact: 'rank', operator: 'lessThanInclusive', value: 2 },
          ],
        }),
      ),
    ).toEqual([]);
  });

  it('finds a gap between light bands', () => {
    const lit = (bands: unknown) => pack({ indicators: [{ ...pack().indicators[0], light: { bands } } as RulePackInput['indicators'][number]] });
    const c = (op: string, value: number) => ({ fact: 'completion', operator: op, value });
    const gap = packWarnings(
      RulePack.parse(
        lit([
          { light: 'green', when: c('greaterThanInclusive', 1) },
          { light: 'yellow', when: { all: [c('greaterThanInclusive', 0.8), c('lessThan', 1)] } },
          { light: 'red', when: c('lessThan', 0.6) },
        ]),
      ),
    );
    expect(gap.map((w) => w.message)).toEqual(['指标 K1（指标一）的亮灯区间有空档：completion 在 [0.6, 0.8) 时不亮任何灯']);
    expect(
      codes(
        lit([
          { light: 'green', when: c('greaterThanInclusive', 1) },
          { light: 'red', when: c('lessThan', 1) },
        ]),
      ),
    ).toEqual([]);
    expect(
      codes(
        lit([
          { light: 'green', when: c('greaterThan', 1) },
          { light: 'red', when: c('lessThan', 1) },
        ]),
      ),
    ).toEqual(['LIGHT_BAND_GAP /indicators/0/light/bands']);
    expect(codes(lit([{ light: 'green', when: c('greaterThan', 1) }, { light: 'red' }]))).toEqual([]);
  });

  it('says nothing about the test factory pack', () => {
    expect(codes(pack(), Dataset.parse(unitsWithValues(['1'])))).toEqual([]);
  });
});
