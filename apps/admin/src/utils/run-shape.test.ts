import { describe, expect, it } from 'vitest';
import { makeResult, makeUnit } from '@kaoping/report/testing';
import { escapeHtml, trendOption } from './chart-options.ts';
import { runPresets, trendDates } from './periods.ts';
import { runShape } from '@kaoping/report';

const ind = (light: 'red' | 'yellow' | 'green' | null) => ({
  actual: '1',
  target: '1',
  weight: '25',
  applicable: true,
  plan: null,
  completion: '1',
  score: null,
  done: null,
  light,
  lightBase: light,
  lightReason: null,
  facts: {},
  exact: {},
});

describe('run shape', () => {
  it('tells a lights-only run from a scored one', () => {
    const lights = makeResult([makeUnit('A', null, '0', { total: null, base: null, vetoed: false, light: 'red', indicators: { L1: ind('red') } })]);
    expect(runShape(lights)).toEqual({ scored: false, lights: true, adjustments: false });
    const scored = makeResult([makeUnit('A', 1, '90', { adjustments: { bonus: { raw: '1', value: '1.00', items: [] } } })]);
    expect(runShape(scored)).toEqual({ scored: true, lights: false, adjustments: true });
    expect(runShape(scored, 'nope')).toEqual({ scored: false, lights: false, adjustments: false });
  });
});

describe('periods and charts', () => {
  it('trends a yearly scheme at year ends only', () => {
    expect(trendDates('2022-01-01', 'year', '2023-12-31')).toEqual(['2022-12-31', '2023-12-31']);
    expect(trendDates('2022-01-01', 'year', '2023-06-30')).toEqual(['2022-12-31', '2023-06-30']);
    expect(trendDates('2023-01-01', 'month', '2023-03-31')).toEqual(['2023-01-31', '2023-02-28', '2023-03-31']);
  });

  it('offers year ends for a yearly scheme and quarter ends otherwise', () => {
    expect(runPresets('2022-01-01', 'year', 2023)).toEqual(['2022-12-31', '2023-12-31']);
    expect(runPresets('2022-01-01', 'year', 2040)).toHaveLength(5);
    expect(runPresets('2023-01-01', 'month', 2023)).toEqual(['2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31']);
  });

  it('leaves a null total out of the trend instead of drawing 0', () => {
    const r = makeResult([makeUnit('A', null, '0', { total: null })]);
    const opt = trendOption([{ asOf: '2023-01-31', result: r }], ['A']) as { series: Array<{ data: unknown[] }> };
    expect(opt.series[0]?.data).toEqual([null]);
    expect(escapeHtml('<b>&"\'')).toBe('&#60;b&#62;&#38;&#34;&#39;');
  });
});
