import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

type Pending = readonly [IncomingMessage, ServerResponse];

/** Requests started per turn of the event loop (see {@link takeTurns}). */
export const REQUESTS_PER_TURN = 2;

/**
 * Hands requests to `listener` about `perTurn` per turn of the event loop (never more than twice that), first
 * come first served.
 *
 * Why: since libuv 1.45 (Node 20) a listening socket accepts ONE new connection per turn of the event loop
 * (libuv PR #3696). A request answered from memory (a cached run) is answered within the turn that read it, so
 * under load one turn answers every connection that has a request waiting (hundreds at once) and a burst of new
 * connections waits in the kernel's accept queue, one per turn: with 1,000 connections the last ones waited more
 * than 10 s for their first answer (the load test's timeouts), while reads that waited for the database (caches
 * off) let the loop turn after every request and had none. Deferring all but a few requests to the next turn
 * keeps a turn short, so the loop accepts about one connection per `perTurn` requests answered, and serves the
 * waiting requests in arrival order (no connection starves). The queue holds at most one request per open
 * connection; a request deferred costs one array slot and no more.
 */
export function takeTurns(listener: RequestListener, perTurn = REQUESTS_PER_TURN): RequestListener {
  if (perTurn <= 0) return listener;
  const waiting: (Pending | undefined)[] = [];
  let head = 0;
  let startedThisTurn = 0;
  let turnScheduled = false;

  const nextTurn = (): void => {
    turnScheduled = false;
    startedThisTurn = 0;
    while (startedThisTurn < perTurn && head < waiting.length) {
      const pending = waiting[head];
      waiting[head++] = undefined;
      if (pending) start(pending[0], pending[1]);
    }
    if (head === waiting.length) {
      waiting.length = 0;
      head = 0;
    } else schedule();
  };

  // An immediate queued from a check-phase callback runs in the next turn, after that turn's poll (and accept).
  const schedule = (): void => {
    if (turnScheduled) return;
    turnScheduled = true;
    setImmediate(nextTurn);
  };

  const start = (req: IncomingMessage, res: ServerResponse): void => {
    startedThisTurn++;
    listener(req, res);
  };

  return (req, res) => {
    if (head === waiting.length && startedThisTurn < perTurn) {
      start(req, res);
      // The count of this turn is reset at its end.
      schedule();
    } else {
      waiting.push([req, res]);
      schedule();
    }
  };
}
