import { describe, expect, it } from 'vitest';
import { CycleSettings } from './cycle.ts';
import { currentPeriod, daysLate, deadlineOf, isWorkingDay, periodEnd, periodLabel } from './deadline.ts';

const monthly = (day: number) => CycleSettings.parse({ cadence: 'month', deadline: { kind: 'dayOfNextMonth', day } });

describe('deadline rules', () => {
  it.each([
    ['2022-01', 4, '2022-02-04'],
    ['2022-12', 4, '2023-01-04'],
    ['2020-02', 20, '2020-03-20'],
    ['2020-06', 25, '2020-07-25'],
  ])('%s due on day %i of the next month is %s', (period, day, due) => {
    expect(deadlineOf(monthly(day), period)).toBe(due);
  });

  it('counts working days after the period end, skipping weekends and holidays, honouring 调休', () => {
    // 2024-09: ends Monday 30th; 10-01…10-07 国庆 off, Sun 9-29 and Sat 10-12 are 调休 working days.
    const settings = CycleSettings.parse({
      cadence: 'month',
      deadline: { kind: 'workingDaysAfter', days: 5 },
      calendar: {
        holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-07'],
        extraWorkdays: ['2024-09-29', '2024-10-12'],
      },
    });
    expect(deadlineOf(settings, '2024-09')).toBe('2024-10-12');
    const plain = CycleSettings.parse({ cadence: 'month', deadline: { kind: 'workingDaysAfter', days: 5 } });
    expect(deadlineOf(plain, '2024-09')).toBe('2024-10-07');
  });

  it('knows working days', () => {
    const calendar = { holidays: ['2022-01-31'], extraWorkdays: ['2022-01-29'] };
    expect(isWorkingDay('2022-01-28', calendar)).toBe(true);
    expect(isWorkingDay('2022-01-29', calendar)).toBe(true);
    expect(isWorkingDay('2022-01-30', calendar)).toBe(false);
    expect(isWorkingDay('2022-01-31', calendar)).toBe(false);
  });
});

describe('periods and lateness', () => {
  it('ends periods on their last day, leap years included', () => {
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2022-02')).toBe('2022-02-28');
  });

  it('counts calendar days after an inclusive deadline', () => {
    expect(daysLate('2022-02-04', '2022-02-04')).toBe(0);
    expect(daysLate('2022-02-04', '2022-02-01')).toBe(0);
    expect(daysLate('2022-02-04', '2022-02-07')).toBe(3);
    expect(daysLate('2022-02-04', '2022-03-01')).toBe(25);
  });

  it('names the period being reported: the month or quarter that ended last', () => {
    expect(currentPeriod({ cadence: 'month' }, '2022-02-07')).toBe('2022-01');
    expect(currentPeriod({ cadence: 'month' }, '2022-01-03')).toBe('2021-12');
    expect(currentPeriod({ cadence: 'quarter' }, '2020-04-05')).toBe('2020-03');
    expect(currentPeriod({ cadence: 'quarter' }, '2020-06-30')).toBe('2020-03');
    expect(currentPeriod({ cadence: 'quarter' }, '2020-01-02')).toBe('2019-12');
    expect(periodLabel({ cadence: 'quarter' }, '2020-06')).toBe('2020年第二季度');
    expect(periodLabel({ cadence: 'month' }, '2022-01')).toBe('2022年1月');
  });
});
