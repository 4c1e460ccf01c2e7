import { describe, expect, it } from 'vitest';
import type { ParamOverrides } from '@kaoping/contracts';
import { createSimCore, MISSING_DATASET } from './sim-core.ts';
import { simDataset, simPack } from './sim-fixture.ts';
import type { FromWorker, ToWorker } from './sim-protocol.ts';

const noParams: ParamOverrides = {};
const ask = (seq: number, over: Partial<Extract<ToWorker, { kind: 'simulate' }>> = {}): ToWorker => ({
  kind: 'simulate',
  seq,
  datasetKey: 'd1',
  publishedKey: 'p1',
  draft: simPack({ K1: 20, K2: 80 }),
  params: noParams,
  asOf: '2024-01-31',
  ...over,
});

function primed() {
  const core = createSimCore();
  core.accept({ kind: 'dataset', key: 'd1', dataset: simDataset() });
  core.accept({ kind: 'published', key: 'p1', pack: simPack() });
  return core;
}

const ok = (a: FromWorker | null) => {
  if (a === null || !a.ok) throw new Error(`expected a simulation, got ${JSON.stringify(a)}`);
  return a;
};

describe('the simulation worker core', () => {
  it('compares the draft with the published pack on the cached dataset', () => {
    const a = ok(
      (() => {
        const c = primed();
        c.accept(ask(1));
        return c.runPending();
      })(),
    );
    const moves = a.sim.diff.groups[0]?.units.map((u) => [u.unitId, u.rankBefore, u.rankAfter]);
    expect(moves).toEqual([
      ['U3', 3, 1],
      ['U2', 2, 2],
      ['U1', 1, 3],
    ]);
    expect(a.ms.published).not.toBeNull();
  });

  it('sends the page unit summaries, not indicator details (the diff has read them)', () => {
    const core = primed();
    core.accept(ask(1));
    const a = ok(core.runPending());
    const u = a.sim.draft.groups[0]?.units[0];
    expect(u?.total).not.toBeNull();
    expect([u?.indicators, u?.facts, u?.measures, u?.exact]).toEqual([{}, {}, {}, {}]);
    expect(a.sim.published?.groups[0]?.units[0]?.indicators).toEqual({});
  });

  it('runs only the newest of the requests queued while it was busy, once', () => {
    const core = primed();
    core.accept(ask(1, { draft: simPack({ K1: 100, K2: 0 }) }));
    core.accept(ask(2));
    expect(core.runPending()?.seq).toBe(2);
    expect(core.runPending()).toBeNull();
  });

  it('ignores a request older than one it has already seen', () => {
    const core = primed();
    core.accept(ask(5));
    expect(core.runPending()?.seq).toBe(5);
    core.accept(ask(4));
    expect(core.runPending()).toBeNull();
  });

  it('keeps the dataset and the published result between edits, and re-evaluates the published pack for a new date', () => {
    const core = primed();
    core.accept(ask(1));
    expect(ok(core.runPending()).ms.published).not.toBeNull();
    core.accept(ask(2, { draft: simPack({ K1: 30, K2: 70 }) }));
    const second = ok(core.runPending());
    expect(second.ms.published).toBeNull();
    expect(second.sim.published?.groups[0]?.units.map((u) => u.unitId)).toEqual(['U1', 'U2', 'U3']);
    core.accept(ask(3, { asOf: '2024-02-29' }));
    expect(ok(core.runPending()).ms.published).not.toBeNull();
  });

  it('asks for the dataset when it has not been sent one under that key', () => {
    const core = primed();
    core.accept(ask(1, { datasetKey: 'd2' }));
    const a = core.runPending();
    expect(a?.ok === false && a.error.code).toBe(MISSING_DATASET);
  });

  it('answers a draft that does not compile with the located problem', () => {
    const core = primed();
    const broken = simPack();
    broken.indicators[1] = { ...broken.indicators[1]!, score: 'weight * (completion' };
    core.accept(ask(1, { draft: broken }));
    const a = core.runPending();
    if (a === null || a.ok) throw new Error('a broken draft simulated');
    expect(a.error.code).toBe('RULE_PACK_INVALID');
    expect(a.error.problems.some((p) => p.pointer?.startsWith('/indicators/1/score'))).toBe(true);
  });

  it('simulates against no published version', () => {
    const core = primed();
    core.accept({ kind: 'published', key: 'none', pack: null });
    core.accept(ask(1, { publishedKey: 'none' }));
    const a = ok(core.runPending());
    expect(a.sim.published).toBeNull();
    expect(a.sim.diff.groups[0]?.units.every((u) => u.rankBefore === null)).toBe(true);
  });
});
