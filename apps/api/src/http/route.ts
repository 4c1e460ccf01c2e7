import type { BodyOut, Endpoint, PathParam, QueryOut, SuccessStatus } from '@kaoping/contracts';
import type { User } from '@kaoping/store';
import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { Scope } from '../auth/scope.ts';
import type { AppDeps } from '../deps.ts';

interface Context<B, Q, P extends string = string> {
  req: Request;
  res: Response;
  deps: AppDeps;
  /** A path parameter (`:sid` → `param('sid')`). */
  param: (name: P) => string;
  body: B;
  query: Q;
}

/** The handler answered through `res` itself (a file download, a cached 304); nothing more is sent. */
export const SENT: unique symbol = Symbol('sent');

const REPLY: unique symbol = Symbol('reply');

/** An answer with another status than the route's first one (e.g. 202 for a run that is still going). */
export interface Reply<S extends SuccessStatus, B> {
  readonly [REPLY]: true;
  readonly status: S;
  readonly body: B;
}

/** Answers `body` with `status`, one of the statuses the endpoint declares. */
export function reply<S extends SuccessStatus, B>(status: S, body: B): Reply<S, B> {
  return { [REPLY]: true, status, body };
}

export function isReply(value: unknown): value is Reply<SuccessStatus, unknown> {
  return typeof value === 'object' && value !== null && REPLY in value;
}

type Declared<E extends Endpoint> = keyof E['responses'] & SuccessStatus;
/** What the handler must send for a status: what its schema accepts (zod input), nothing for a null schema. */
type Sent<S> = S extends z.ZodType ? z.input<S> : undefined;
type First<E extends Endpoint> = 200 extends Declared<E> ? 200 : 201 extends Declared<E> ? 201 : 202 extends Declared<E> ? 202 : 204;

/**
 * What a handler returns, checked against the endpoint's declared answers: the body of its first status
 * (200, else 201, 202, 204), `reply(status, body)` for another declared status, or SENT.
 */
export type HandlerAnswer<E extends Endpoint> =
  Sent<E['responses'][First<E>]> | { [S in Declared<E>]: Reply<S, Sent<E['responses'][S]>> }[Declared<E>] | typeof SENT;

/**
 * What the handler of an endpoint receives: typed path parameters, the parsed body and query, the user and the
 * request's scope (both undefined on a public endpoint called without a session).
 */
export type HandlerContext<E extends Endpoint> = Context<BodyOut<E>, QueryOut<E>, PathParam<E['path']>> &
  (E['access'] extends 'public' ? { user: User | undefined; scope: Scope | undefined } : { user: User; scope: Scope });

/** An endpoint with its handler, as the app mounts it. */
export type Route = Endpoint & {
  handler: (ctx: Context<unknown, unknown> & { user: User | undefined; scope: Scope | undefined }) => Promise<unknown>;
};

/**
 * Binds a handler to an endpoint declared in @kaoping/contracts. Its answer is typed by the endpoint's
 * responses, and checked against the schema of the status sent at run time (tests).
 */
export function bind<const E extends Endpoint>(endpoint: E, handler: (ctx: HandlerContext<E>) => Promise<HandlerAnswer<NoInfer<E>>>): Route {
  return { ...endpoint, handler } as unknown as Route;
}
