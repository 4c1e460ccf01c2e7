import type { IncomingMessage, ServerResponse } from 'node:http';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { takeTurns } from './take-turns.ts';

const req = (n: number) => ({ url: `/${n}` }) as IncomingMessage;
const res = {} as ServerResponse;

function recorder() {
  const started: string[] = [];
  return { started, listener: (r: IncomingMessage) => void started.push(r.url ?? '') };
}

describe('takeTurns', () => {
  it('starts a few requests per turn of the event loop and the rest in later turns, in arrival order', async () => {
    const { started, listener } = recorder();
    const serve = takeTurns(listener, 3);
    for (let n = 0; n < 10; n++) serve(req(n), res);
    expect(started).toEqual(['/0', '/1', '/2']);
    const perTurn: number[] = [];
    while (started.length < 10) {
      const before = started.length;
      await nextTurn();
      perTurn.push(started.length - before);
    }
    expect(started).toEqual(Array.from({ length: 10 }, (_, n) => `/${n}`));
    expect(Math.max(...perTurn)).toBeLessThanOrEqual(3);
    expect(perTurn.length).toBeGreaterThanOrEqual(3);
  });

  it('a request that arrives while others wait queues behind them', async () => {
    const { started, listener } = recorder();
    const serve = takeTurns(listener, 1);
    serve(req(0), res);
    serve(req(1), res);
    serve(req(2), res);
    await nextTurn();
    serve(req(3), res);
    while (started.length < 4) await nextTurn();
    expect(started).toEqual(['/0', '/1', '/2', '/3']);
  });

  it('an idle server starts a request at once, and perTurn 0 turns the queue off', () => {
    const queued = recorder();
    takeTurns(queued.listener, 4)(req(0), res);
    expect(queued.started).toEqual(['/0']);
    const plain = recorder();
    const serve = takeTurns(plain.listener, 0);
    for (let n = 0; n < 10; n++) serve(req(n), res);
    expect(plain.started).toHaveLength(10);
  });
});
