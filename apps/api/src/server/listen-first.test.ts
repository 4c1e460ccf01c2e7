import { connect, type Socket } from 'node:net';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { type EarlyServer, listenFirst } from './listen-first.ts';

let early: EarlyServer | null = null;
afterEach(() => early?.server.close());

const portOf = (e: EarlyServer): number => {
  const address = e.server.address();
  return typeof address === 'object' && address !== null ? address.port : 0;
};

/** Sends one GET over `socket` and resolves with the response's text once its (short) body has arrived. */
async function get(socket: Socket): Promise<string> {
  let text = '';
  const onData = (d: Buffer) => void (text += d.toString());
  socket.on('data', onData);
  socket.write('GET / HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n');
  while (!text.endsWith('ok')) await once(socket, 'data');
  socket.off('data', onData);
  return text;
}

describe('listenFirst', () => {
  it('keeps an idle kept-alive connection open past Node’s 5 s default, so a client reusing it is answered', async () => {
    early = await listenFirst(0);
    early.serve((_req, res) => res.end('ok'));
    const socket = connect(portOf(early), '127.0.0.1');
    let closed = false;
    socket.on('close', () => (closed = true));
    expect(await get(socket)).toMatch(/^HTTP\/1\.1 200/);
    // Idle for longer than Node's default keepAliveTimeout (5 s; Node 20 closes it at 6 s), which would have closed the socket.
    await sleep(6_500);
    expect(closed).toBe(false);
    expect(await get(socket)).toMatch(/^HTTP\/1\.1 200/);
    socket.destroy();
  }, 15_000);

  it('closes, once stopped, a kept-alive connection as soon as it has answered the request in flight', async () => {
    early = await listenFirst(0);
    early.serve((_req, res) => void setTimeout(() => res.end('ok'), 300));
    const socket = connect(portOf(early), '127.0.0.1');
    const answer = get(socket);
    await sleep(100);
    const started = Date.now();
    const closed = new Promise<number>((ok) => early?.close(() => ok(Date.now() - started)));
    expect(await answer).toMatch(/^HTTP\/1\.1 200/);
    // Node adds a second to the idle time; with the open server's 65 s the close would wait that long.
    expect(await closed).toBeLessThan(5_000);
    socket.destroy();
  }, 15_000);
});
