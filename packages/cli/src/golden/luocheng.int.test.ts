import type { IndicatorResult, RunResult } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { fixed, int, readExpected, runPack } from './golden-helpers.ts';

const CODE: Record<string, string> = { green: 'G', yellow: 'Y', red: 'R' };
const MONTHS = ['2023-01-31', '2023-02-28', '2023-03-31', '2023-04-30', '2023-05-31', '2023-06-30'];

/** The reference writes value/plan/c as null when a report is missing, and everything as null when N/A. */
function light(ind: IndicatorResult | undefined) {
  if (ind === undefined || !ind.applicable) return { value: null, plan: null, c: null, c_pct: null, base: '-', final: '-', reason: 'n/a' };
  const reported = ind.exact['input'] !== null;
  const c = reported ? (ind.exact['completion'] ?? null) : null;
  return {
    value: ind.exact['input'],
    plan: reported ? ind.exact['plan'] : null,
    c,
    c_pct: fixed(c, 2, 100),
    base: CODE[ind.lightBase ?? ''],
    final: CODE[ind.light ?? ''],
    reason: ind.lightReason,
  };
}

function monthly(r: RunResult) {
  const g = r.groups[0];
  if (g === undefined) throw new Error('no group');
  const name = (id: string) => g.units.find((u) => u.unitId === id)?.name;
  const entries = (id: string) => (g.listEntries[id] ?? []).map((e) => ({ unit_id: e.unitId, name: name(e.unitId), indicators: e.detail }));
  return {
    overall: Object.fromEntries(g.units.map((u) => [u.unitId, CODE[u.light ?? '']])),
    红灯单位: entries('red'),
    黄灯单位: entries('yellow'),
    red_months_to_date: Object.fromEntries(g.units.map((u) => [u.unitId, int(u.facts['redMonths'])])),
    督办名单: g.lists['supervise'],
    新增督办: g.lists['newSupervise'],
  };
}

describe('golden: case-luocheng-lights (R-LC2023L)', () => {
  const { runs } = runPack('luocheng-2023', MONTHS);
  const lights: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const r of runs) {
    for (const u of r.groups[0]?.units ?? []) {
      for (const k of ['L1', 'L2', 'L3', 'L4']) {
        ((lights[u.unitId] ??= {})[k] ??= {})[r.period.id] = light(u.indicators[k]);
      }
    }
  }
  const quarter = (r: RunResult) => ({ 通报表扬: r.groups[0]?.lists['commend'], 督办名单_at_quarter_end: r.groups[0]?.lists['supervise'] });
  const actual = {
    case: 'case-luocheng-lights',
    rule_set: 'R-LC2023L',
    months: runs.map((r) => r.period.id),
    lights,
    monthly: Object.fromEntries(runs.map((r) => [r.period.id, monthly(r)])),
    quarterly: { '2023-Q1': quarter(runs[2] as RunResult), '2023-Q2': quarter(runs[5] as RunResult) },
  };

  it('reproduces expected.json in full', () => {
    expect(actual).toEqual(readExpected('luocheng-2023'));
  });

  it('commends nobody in a month that does not close a quarter', () => {
    for (const k of [0, 1, 3, 4]) expect(runs[k]?.groups[0]?.lists['commend']).toEqual([]);
  });

  it('explains an escalated light', () => {
    const line = runs[3]?.trace?.['U10']?.find((l) => l.key === 'L1.light')?.text;
    expect(line).toContain('原始黄灯，escalated:Y twice → 红灯');
  });
});
