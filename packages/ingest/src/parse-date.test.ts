import { describe, expect, it } from 'vitest';
import { parseDate } from './parse-date.ts';

describe('parseDate', () => {
  it.each([
    ['2021-03-05', '2021-03-05'],
    ['2021/3/5', '2021-03-05'],
    ['2021.3.5', '2021-03-05'],
    ['2021年3月5日', '2021-03-05'],
    ['2021 年 3 月 5 日', '2021-03-05'],
    ['20210305', '2021-03-05'],
    ['2021-03-05 14:30:00', '2021-03-05'],
    [20210305, '2021-03-05'],
    [44260, '2021-03-05'],
  ])('reads %j as %s', (cell, value) => {
    expect(parseDate(cell)).toEqual({ ok: true, value });
  });

  it('reads Dates at local midnight in local time and others in UTC', () => {
    expect(parseDate(new Date(2021, 2, 5))).toEqual({ ok: true, value: '2021-03-05' });
    expect(parseDate(new Date(Date.UTC(2021, 2, 5)))).toEqual({ ok: true, value: '2021-03-05' });
  });

  it.each(['2021-02-30', '2021-13-01', '明天', '2021', 2021])('rejects %j', (cell) => {
    expect(parseDate(cell)).toEqual({ ok: false, message: `"${cell}" 不是有效日期（应写作 2021-03-05）` });
  });
});
