import type { BodyOut, Endpoint, PathParam, Permission, QueryOut } from '@kaoping/contracts';
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

type RouteBase<B, Q> = Omit<Endpoint, 'access' | 'body' | 'query'> & { body?: z.ZodType<B>; query?: z.ZodType<Q> };

/** A route anyone may call. */
export interface PublicRoute<B, Q> extends RouteBase<B, Q> {
  access: 'public';
  handler: (ctx: Context<B, Q> & { user: User | undefined; scope: Scope | undefined }) => Promise<unknown>;
}

/** A route for signed-in users, optionally with a permission from the role table (@kaoping/contracts). */
export interface GuardedRoute<B, Q> extends RouteBase<B, Q> {
  access: Permission | 'signedIn';
  handler: (ctx: Context<B, Q> & { user: User; scope: Scope }) => Promise<unknown>;
}

/** An endpoint with its handler, as the app mounts it. */
export type Route = Endpoint & {
  handler: (ctx: Context<unknown, unknown> & { user: User | undefined; scope: Scope | undefined }) => Promise<unknown>;
};

/** Declares a route that is not (yet) in the contracts; the handler's return value is sent as JSON unless it already answered. */
export function route<B = undefined, Q = undefined>(def: PublicRoute<B, Q> | GuardedRoute<B, Q>): Route {
  return def as unknown as Route;
}

/**
 * What the handler of an endpoint receives: typed path parameters, the parsed body and query, the user and the
 * request's scope (both undefined on a public endpoint called without a session).
 */
export type HandlerContext<E extends Endpoint> = Context<BodyOut<E>, QueryOut<E>, PathParam<E['path']>> &
  (E['access'] extends 'public' ? { user: User | undefined; scope: Scope | undefined } : { user: User; scope: Scope });

/**
 * Binds a handler to an endpoint declared in @kaoping/contracts. The answer is checked against the
 * endpoint's response schema at run time (tests), not typed: the store's rows (a pack is `unknown`) are
 * wider than the schemas.
 */
export function bind<const E extends Endpoint>(endpoint: E, handler: (ctx: HandlerContext<E>) => Promise<unknown>): Route {
  return { ...endpoint, handler } as unknown as Route;
}
