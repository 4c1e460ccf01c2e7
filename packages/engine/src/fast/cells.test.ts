import { Dataset, type DatasetInput } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { pack } from '../../test/factory.ts';
import { rng } from '../../test/rng.ts';
import { randomData, randomPack } from '../../test/random-pack.ts';
import { compilePack } from '../compile/compile-pack.ts';
import type { PeriodInfo } from '../evaluate/calendar.ts';
import { indexData } from '../evaluate/data-index.ts';
import { evaluate } from '../evaluate/evaluate.ts';
import { parseDecimal } from '../exact/q.ts';
import { type Columns, firstReport, indexColumns, nextRow, reportRow, targetRow } from './columns.ts';
import { evaluateFast } from './evaluate-fast.ts';
import { lazyIndex } from './lazy-index.ts';
import { transientFrom } from './pool.ts';
import { inputNode, targetNode } from './sources.ts';

const twoIndicators = compilePack(
  pack({
    indicators: [
      { id: 'K1', name: '指标一', input: 'sum', plan: 'target * timeProgress', score: 'weight * min(completion, 1.3)' },
      { id: 'K2', name: '指标二', input: 'latest', plan: 'target * timeProgress', score: 'weight * min(completion, 1.3)' },
    ],
    weights: { towns: { K1: 50, K2: 50 } },
  }),
);

const units = ['U1', 'U2', 'U3'].map((id) => ({ id, name: id, group: '街镇组' }));

function columns(data: DatasetInput): Columns {
  return indexColumns(twoIndicators.pack, Dataset.parse(data))!;
}

/** The slots of a report cell's chain, in order. */
function chain(c: Columns, cell: number): number[] {
  const out: number[] = [];
  for (let s = firstReport(c, cell); s !== -1; s = nextRow(c.repNext, s)) out.push(s);
  return out;
}

/** A window of months (year*12 + month − 1) and a year, as sources read it. */
function window(ymStart: number, ymEnd: number, year: number): PeriodInfo {
  return { ymStart, ymEnd, year } as PeriodInfo;
}

const JAN = 2024 * 12;

type R = () => number;

describe('report and target columns by cell', () => {
  it('lays one row per cell out by cell, out of order, NaN where a cell has none or an empty row, the row found for exact text', () => {
    const c = columns({
      units,
      targets: [
        { unitId: 'U3', indicator: 'K2', value: '7.5', period: '2024' },
        { unitId: 'U1', indicator: 'K1', value: '12', period: null },
      ],
      reports: [
        { unitId: 'U2', indicator: 'K2', period: '2024-01', value: '9.6' },
        { unitId: 'U1', indicator: 'K1', period: '2024-02', value: '5' },
        { unitId: 'U3', indicator: 'ZZ', period: '2024-01', value: '1.5' },
        { unitId: 'U3', indicator: 'K1', period: '2024-01', value: null },
      ],
    });
    expect(c.repByCell).toBe(true);
    expect([c.repHead, c.repNext]).toEqual([null, null]);
    // Cells u × 2 + i: U1K1 U1K2 U2K1 U2K2 U3K1 U3K2.
    expect(Array.from(c.repValue)).toEqual([5, NaN, NaN, 9.6, NaN, NaN]);
    expect(Array.from(c.repYm!)).toEqual([JAN + 1, JAN, JAN, JAN, JAN, JAN]);
    expect(c.repErr![3]).toBeGreaterThan(0);
    // The row of the inexact value, its exact text (exact values need none).
    expect(Array.from(c.repRowOf!)).toEqual([-1, -1, -1, 0, -1, -1]);
    expect(reportRow(c, 3)).toBe(0);
    expect(c.tgtByCell).toBe(true);
    expect(Array.from(c.tgtValue)).toEqual([12, NaN, NaN, NaN, NaN, 7.5]);
    expect(Array.from(c.tgtYear!)).toEqual([-1, -1, -1, -1, -1, 2024]);
    expect(targetRow(c, 5)).toBe(0);
  });

  it('chains rows per cell by row from the first cell with a second row, keeping the rows read before it', () => {
    const c = columns({
      units,
      targets: [{ unitId: 'U1', indicator: 'K1', value: '12', period: null }],
      reports: [
        { unitId: 'U2', indicator: 'K2', period: '2024-01', value: '9.6' },
        { unitId: 'U1', indicator: 'K1', period: '2024-01', value: '5' },
        { unitId: 'U3', indicator: 'ZZ', period: '2024-01', value: '1.5' },
        { unitId: 'U3', indicator: 'K1', period: '2024-02', value: null },
        { unitId: 'U2', indicator: 'K2', period: '2024-02', value: '3' },
        { unitId: 'U1', indicator: 'K2', period: '2024-02', value: '4.25' },
      ],
    });
    expect(c.repByCell).toBe(false);
    expect(chain(c, 3)).toEqual([0, 4]);
    expect([0, 1, 4, 5].map((cell) => chain(c, cell))).toEqual([[1], [5], [3], []]);
    expect(Array.from(c.repValue)).toEqual([9.6, 5, NaN, NaN, 3, 4.25]);
    expect(Array.from(c.repYm!)).toEqual([JAN, JAN, JAN, JAN + 1, JAN + 1, JAN + 1]);
    expect([0, 1, 4, 5].map((r) => c.repErr![r]! > 0)).toEqual([true, false, false, true]);
    expect([reportRow(c, 5), c.repRowOf]).toEqual([5, null]);
  });

  it('reads inputs and targets by cell, exactly from the text where a value is inexact, null where a cell has no row', () => {
    const data: DatasetInput = {
      units,
      targets: [
        { unitId: 'U2', indicator: 'K1', value: '0.1', period: '2024' },
        { unitId: 'U3', indicator: 'K1', value: '12', period: '2023' },
        { unitId: 'U1', indicator: 'K1', value: '3.3', period: null },
      ],
      reports: [
        { unitId: 'U3', indicator: 'K2', period: '2024-02', value: '0.7' },
        { unitId: 'U1', indicator: 'K2', period: '2024-01', value: null },
        { unitId: 'U2', indicator: 'K2', period: '2024-01', value: '1.1' },
      ],
    };
    const c = columns(data);
    expect([c.repByCell, c.tgtByCell]).toEqual([true, true]);
    const members = Int32Array.from([0, 1, 2]);
    const q = (x: string | null) => (x === null ? null : parseDecimal(x));
    const read = (node: { col(): { v: Float64Array }; exact(j: number): unknown }) => [Array.from(node.col().v), [0, 1, 2].map((j) => node.exact(j))];
    const feb = window(JAN + 1, JAN + 1, 2024);
    expect(read(inputNode(c, members, 1, 'latest', window(JAN, JAN + 1, 2024)))).toEqual([
      [NaN, 1.1, 0.7],
      [null, q('1.1'), q('0.7')],
    ]);
    expect(read(inputNode(c, members, 1, 'current', feb))).toEqual([
      [NaN, NaN, 0.7],
      [null, null, q('0.7')],
    ]);
    expect(read(inputNode(c, members, 1, 'sum', feb))).toEqual([
      [NaN, NaN, 0.7],
      [null, null, q('0.7')],
    ]);
    expect(read(inputNode(c, members, 0, 'sum', feb))).toEqual([
      [NaN, NaN, NaN],
      [null, null, null],
    ]);
    expect(read(targetNode(c, members, 'K1', feb))).toEqual([
      [3.3, 0.1, NaN],
      [q('3.3'), q('0.1'), null],
    ]);
  });

  it('gives the exact engine’s results and index for one row per cell, in order or shuffled, and with a cell of two rows', () => {
    const r = rng(20261205);
    let byCell = 0;
    let chained = 0;
    for (let k = 0; k < 150; k++) {
      const cp = compilePack(randomPack(r, k));
      const base = randomData(r, cp.pack);
      const single = oneRowPerCell(r, base, k % 2 === 0);
      const reports = single.reports ?? [];
      // The same data with a second row for one cell, read chained.
      const variants = [single, { ...single, reports: [...reports, ...reports.slice(0, 1).map((x) => ({ ...x, period: '2024-02' }))] }];
      for (const input of variants) {
        const data = Dataset.parse(input);
        const cols = indexColumns(cp.pack, data);
        if (cols === null) continue;
        if (cols.repByCell && cols.tgtByCell) byCell++;
        if (!cols.repByCell) chained++;
        const asOf = ['2024-03-31', '2024-06-15', '2024-01-31'][k % 3]!;
        const options = { asOf, trace: k % 5 === 0 };
        const got = JSON.stringify(evaluateFast(cp, data, options).result());
        if (got !== JSON.stringify(evaluate(cp, data, options))) expect.fail(`pack ${k}: ${JSON.stringify({ pack: cp.pack, data })}`);
        const full = indexData(cp.pack, data);
        const lazy = lazyIndex(cp.pack, data, cols, 2);
        for (const u of full.units.keys()) {
          expect(lazy.targets[u]).toEqual(full.targets[u]);
          expect(lazy.reports[u]).toEqual(full.reports[u]);
        }
      }
    }
    expect(byCell).toBeGreaterThan(100);
    expect(chained).toBeGreaterThan(100);
  });
});

/** One report and one target per unit and indicator (a random one of each cell's), some cells left out, rows shuffled or not. */
function oneRowPerCell(r: R, data: DatasetInput, shuffled: boolean): DatasetInput {
  const one = <T extends { unitId: string; indicator: string }>(rows: readonly T[]): T[] => {
    const seen = new Set<string>();
    const out = shuffle(r, [...rows]).filter((x) => {
      const key = `${x.unitId}\u0000${x.indicator}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return r() < 0.9;
    });
    return shuffled ? out : out.sort((a, b) => rows.indexOf(a) - rows.indexOf(b));
  };
  return { ...data, reports: one(data.reports ?? []), targets: one(data.targets ?? []) };
}

function shuffle<T>(r: R, xs: T[]): T[] {
  for (let k = xs.length - 1; k > 0; k--) {
    const j = Math.floor(r() * (k + 1));
    [xs[k], xs[j]] = [xs[j]!, xs[k]!];
  }
  return xs;
}

describe('report and target values', () => {
  it('are held as 4-byte floats only when every one is exactly such a float, and read back as the same doubles', () => {
    const table = (values: string[]) =>
      columns({
        units,
        targets: values.map((value, k) => ({ unitId: units[k]!.id, indicator: 'K1', value, period: null })),
        reports: values.map((value, k) => ({ unitId: units[k]!.id, indicator: 'K2', period: '2024-01', value })),
      });
    const small = table(['12', '7.5', '-0.25']);
    expect(small.repValue).toBeInstanceOf(Float32Array);
    expect(small.tgtValue).toBeInstanceOf(Float32Array);
    expect([0, 1, 2].map((u) => small.tgtValue[u * 2]!)).toEqual([12, 7.5, -0.25]);
    expect([0, 1, 2].map((u) => small.repValue[u * 2 + 1]!)).toEqual([12, 7.5, -0.25]);
    // A decimal that no 4-byte float holds, or an integer past 2^24, keeps the whole table in doubles.
    for (const odd of ['9.6', String(2 ** 24 + 1)]) {
      const c = table(['12', odd, '3']);
      expect(c.repValue).toBeInstanceOf(Float64Array);
      expect(c.tgtValue).toBeInstanceOf(Float64Array);
      expect(c.tgtValue[2]).toBe(Number(odd));
    }
  });

  it('past 2^24, or not held by a 4-byte float, give the exact engine’s result, written from a large group’s seeded columns', () => {
    const before = transientFrom(0);
    try {
      for (const [target, report] of [
        [String(2 ** 24 + 1), String(2 ** 24 + 3)],
        ['100', '0.1'],
      ] as const) {
        const data = Dataset.parse({
          units,
          targets: units.flatMap((u, k) => [
            { unitId: u.id, indicator: 'K1', value: k === 1 ? target : '12', period: null },
            { unitId: u.id, indicator: 'K2', value: '8', period: null },
          ]),
          reports: units.flatMap((u, k) => [
            { unitId: u.id, indicator: 'K1', period: '2024-03', value: k === 2 ? report : '9' },
            { unitId: u.id, indicator: 'K2', period: '2024-03', value: '7' },
          ]),
        });
        const options = { asOf: '2024-03-31' };
        const run = evaluateFast(twoIndicators, data, options);
        expect(run.fallback).toBeNull();
        expect(JSON.stringify(run.result())).toBe(JSON.stringify(evaluate(twoIndicators, data, options)));
      }
    } finally {
      transientFrom(before);
    }
  });
});
