import { describe, expect, it } from 'vitest';
import { createSimClient, type SimRequest, type WorkerLike } from './sim-client.ts';
import { createSimCore } from './sim-core.ts';
import { simDataset, simPack } from './sim-fixture.ts';
import type { FromWorker, ToWorker } from './sim-protocol.ts';

/** The worker's script, called directly: the core behind an asynchronous message boundary, as simulate.worker.ts wires it. */
class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  readonly received: ToWorker[] = [];
  terminated = false;
  private readonly core = createSimCore();

  postMessage(msg: ToWorker): void {
    const copy = structuredClone(msg);
    this.received.push(copy);
    setTimeout(() => {
      if (this.terminated) return;
      this.core.accept(copy);
      const answer = copy.kind === 'simulate' ? this.core.runPending() : null;
      if (answer !== null) this.deliver(answer);
    }, 0);
  }

  deliver(answer: FromWorker): void {
    this.onmessage?.({ data: structuredClone(answer) } as MessageEvent<FromWorker>);
  }

  terminate(): void {
    this.terminated = true;
  }

  kinds(): string[] {
    return this.received.map((m) => m.kind);
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const client = createSimClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  return { client, workers };
}

const dataset = { key: 's#1', data: simDataset() };
const request = (k1: number, over: Partial<SimRequest> = {}): SimRequest => ({
  dataset,
  published: { key: 's@v1', pack: simPack() },
  draft: simPack({ K1: k1, K2: 100 - k1 }),
  params: {},
  asOf: '2024-01-31',
  ...over,
});

describe('the simulation worker client', () => {
  it('sends the dataset and the published pack once, then only drafts', async () => {
    const { client, workers } = setup();
    expect((await client.run(request(20))).kind).toBe('done');
    const second = await client.run(request(30));
    expect(second.kind === 'done' && second.ms.published).toBeNull();
    expect(workers).toHaveLength(1);
    expect(workers[0]?.kinds()).toEqual(['dataset', 'published', 'simulate', 'simulate']);
  });

  it('sends a new dataset when its key changes', async () => {
    const { client, workers } = setup();
    await client.run(request(20));
    await client.run(request(20, { dataset: { key: 's#2', data: simDataset() } }));
    expect(workers[0]?.kinds()).toEqual(['dataset', 'published', 'simulate', 'dataset', 'simulate']);
  });

  it('a newer edit supersedes a run in flight: the old one resolves stale and its worker is stopped', async () => {
    // U3: a third of its K1 target and all of K2, so 10 + 70 under the second draft (6.67 + 80 under the first).
    const { client, workers } = setup();
    const first = client.run(request(20));
    const second = client.run(request(30));
    expect(await first).toEqual({ kind: 'stale' });
    const done = await second;
    if (done.kind !== 'done') throw new Error(`expected a simulation, got ${done.kind}`);
    expect(done.sim.draft.groups[0]?.units.find((u) => u.unitId === 'U3')?.total).toBe('80.00');
    expect(workers.map((w) => w.terminated)).toEqual([true, false]);
    expect(workers[1]?.kinds()).toEqual(['dataset', 'published', 'simulate']);
  });

  it('cancel drops the run in flight and stops its worker', async () => {
    const { client, workers } = setup();
    const pending = client.run(request(20));
    client.cancel();
    expect(await pending).toEqual({ kind: 'stale' });
    expect(workers[0]?.terminated).toBe(true);
    expect((await client.run(request(20))).kind).toBe('done');
  });

  it('drops an answer whose sequence number is not the newest', async () => {
    const { client, workers } = setup();
    const pending = client.run(request(20));
    const late = await (async () => {
      const w = workers[0]!;
      let settled = false;
      void pending.then(() => (settled = true));
      w.deliver({ seq: 0, ok: false, error: { code: 'INTERNAL', message: 'old', problems: [] } });
      await Promise.resolve();
      return settled;
    })();
    expect(late).toBe(false);
    expect((await pending).kind).toBe('done');
  });

  it('passes a draft that does not compile back as a located failure', async () => {
    const { client } = setup();
    const broken = simPack();
    broken.weights = { towns: { K1: 'x' as unknown as number, K2: 20 } };
    const out = await client.run(request(20, { draft: broken }));
    if (out.kind !== 'failed') throw new Error(`expected a failure, got ${out.kind}`);
    expect(out.error.code).toBe('RULE_PACK_INVALID');
    expect(out.error.problems[0]?.pointer).toMatch(/^\/weights\/towns\/K1/);
  });
});
