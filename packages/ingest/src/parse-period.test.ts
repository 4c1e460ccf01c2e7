import { describe, expect, it } from 'vitest';
import { parsePeriod } from './parse-period.ts';

describe('parsePeriod', () => {
  it.each([
    ['2021-06', '2021-06'],
    ['2021-6', '2021-06'],
    ['2021/06', '2021-06'],
    ['2021.6', '2021-06'],
    ['2021年6月', '2021-06'],
    ['2021 年 06 月份', '2021-06'],
    ['202106', '2021-06'],
    [202106, '2021-06'],
    ['2021-06-30', '2021-06'],
    ['2022', '2022'],
    ['2022年', '2022'],
    ['2022年度', '2022'],
    [2022, '2022'],
  ])('reads %j as %s', (cell, value) => {
    expect(parsePeriod(cell)).toEqual({ ok: true, value });
  });

  it('reads a Date as its month', () => {
    expect(parsePeriod(new Date(2021, 5, 1))).toEqual({ ok: true, value: '2021-06' });
    expect(parsePeriod(new Date(Date.UTC(2021, 5, 30)))).toEqual({ ok: true, value: '2021-06' });
  });

  it.each(['2021-13', '202100', '六月', '21-06'])('rejects %j', (cell) => {
    expect(parsePeriod(cell)).toEqual({ ok: false, message: `"${cell}" 不是有效期间（应写作 2021-06 或 2021）` });
  });
});
