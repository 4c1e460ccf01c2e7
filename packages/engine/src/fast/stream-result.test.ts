import { Dataset, type DatasetInput } from '@kaoping/contracts';
import { describe, expect, it } from 'vitest';
import { pack, unitsWithValues } from '../../test/factory.ts';
import { rng } from '../../test/rng.ts';
import { randomData, randomPack } from '../../test/random-pack.ts';
import { compilePack } from '../compile/compile-pack.ts';
import { evaluate } from '../evaluate/evaluate.ts';
import { evaluateFast } from './evaluate-fast.ts';
import { Fields, jsonChunks, LazyArray, LazyRecord, resolve, writeChunks } from './stream-result.ts';

const text = (chunks: Iterable<string>) => [...chunks].join('');

/** The dataset `times` over, each copy's units and projects under new ids (copy 0 keeps the ids). */
function widened(data: DatasetInput, times: number): DatasetInput {
  const copies = Array.from({ length: times }, (_, c) => c);
  const id = (x: string, c: number) => (c === 0 ? x : `${x}_${c}`);
  const projectIds = new Set(data.projects?.map((p) => p.id));
  const each = <T extends { unitId: string }>(rows: readonly T[] | undefined, f: (row: T, c: number) => T = (x) => x) =>
    copies.flatMap((c) => (rows ?? []).map((row) => f({ ...row, unitId: id(row.unitId, c) }, c)));
  return {
    units: copies.flatMap((c) => data.units.map((u) => ({ ...u, id: id(u.id, c) }))),
    targets: each(data.targets),
    // A project's reported investment is a report whose indicator is the project's id.
    reports: each(data.reports, (x, c) => (projectIds.has(x.indicator) ? { ...x, indicator: id(x.indicator, c) } : x)),
    events: each(data.events),
    projects: each(data.projects, (p, c) => ({ ...p, id: id(p.id, c) })),
  };
}

describe('streamed JSON result', () => {
  it('writes lazy arrays, records and fields exactly as JSON.stringify writes their values', () => {
    const shape = new Fields({
      a: 1,
      skipped: undefined,
      f: () => 1,
      s: 'x"y\u2028',
      list: new LazyArray(3, (k) => (k === 1 ? undefined : { k, nested: new LazyArray(2, (j) => j * k) })),
      // Integer-like keys come first, ascending; a repeated key keeps its first place.
      rec: new LazyRecord(['b', '2', 'a', '10', '1', 'b'], (key) => `v${key}`),
      empty: new LazyArray(0, () => null),
      none: new LazyRecord([], () => null),
      tail: [null, 'z'],
    });
    const want = JSON.stringify(resolve(shape));
    expect(want).toContain('"rec":{"1":"v1","2":"v2","10":"v10","b":"vb","a":"va"}');
    expect(text(jsonChunks(shape))).toBe(want);
  });

  it('cuts a long text into chunks without splitting it differently from the whole', () => {
    const shape = new LazyArray(20_000, (k) => ({ k, s: '单位'.repeat(k % 7) }));
    const chunks = [...jsonChunks(shape)];
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join('')).toBe(JSON.stringify(resolve(shape)));
  });

  it('is byte-identical to the whole result on random packs and datasets, with and without trace', () => {
    const r = rng(20261205);
    for (let k = 0; k < 40; k++) {
      const cp = compilePack(randomPack(r, k));
      for (let d = 0; d < 3; d++) {
        const data = Dataset.parse(randomData(r, cp.pack));
        const options = { asOf: '2024-06-15', trace: d === 1 };
        // Streamed before the result is built (unit by unit), then after (from the held result).
        const run = evaluateFast(cp, data, options);
        const streamed = text(run.json());
        const whole = JSON.stringify(run.result());
        expect(streamed).toBe(whole);
        expect(text(run.json())).toBe(whole);
        expect(whole).toBe(JSON.stringify(evaluate(cp, data, options)));
      }
    }
  });

  it('is byte-identical to the exact result over hundreds of units, where states forget rows and records and blocks change', () => {
    // Random datasets have 2–8 units: too few for a state's memo to forget a row (it keeps 8), for
    // the index to forget a unit's records (16) or for a second block of units (256).
    const r = rng(20261207);
    for (let k = 0; k < 12; k++) {
      const cp = compilePack(randomPack(r, k));
      const data = Dataset.parse(widened(randomData(r, cp.pack), 60));
      const options = { asOf: '2024-06-15', trace: k % 3 === 0 };
      expect(data.units.length).toBeGreaterThan(100);
      expect(text(evaluateFast(cp, data, options).json())).toBe(JSON.stringify(evaluate(cp, data, options)));
    }
  });

  it('streams the exact engine’s result when the run falls back', () => {
    const data = Dataset.parse(unitsWithValues(['1.1', '0.9', '0.54875', null, '0.9']));
    // A ranking key that is a number for some units and a boolean for others has no column form.
    const cp = compilePack(pack({ ranking: { keys: [{ formula: 'if(total > 50, total, false)', order: 'desc' }] } }));
    const run = evaluateFast(cp, data, { asOf: '2024-01-31', trace: true });
    expect(run.fallback).not.toBeNull();
    expect(text(run.json())).toBe(JSON.stringify(run.result()));
  });

  it('waits for a stream to drain when it asks to', async () => {
    const got: string[] = [];
    let waits = 0;
    const sink = {
      write: (c: string) => {
        got.push(c);
        return got.length % 2 === 0;
      },
      once: (_: 'drain', go: () => void) => {
        waits++;
        setTimeout(go, 0);
      },
    };
    const shape = new LazyArray(30_000, (k) => ({ k }));
    const chars = await writeChunks(jsonChunks(shape), sink);
    expect(got.join('')).toBe(JSON.stringify(resolve(shape)));
    expect(chars).toBe(got.join('').length);
    expect(waits).toBeGreaterThan(0);
  });
});
