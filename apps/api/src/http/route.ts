import type { Permission } from '@kaoping/contracts';
import type { User } from '@kaoping/store';
import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { Scope } from '../auth/scope.ts';
import type { AppDeps } from '../deps.ts';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

interface Context<B, Q> {
  req: Request;
  res: Response;
  deps: AppDeps;
  /** A path parameter (`:sid` → `param('sid')`). */
  param: (name: string) => string;
  body: B;
  query: Q;
}

interface RouteBase<B, Q> {
  method: Method;
  /** Express path below /api/v1, e.g. `/schemes/:sid/draft`. */
  path: string;
  summary: string;
  tag: string;
  body?: z.ZodType<B>;
  query?: z.ZodType<Q>;
  /** The request body is a raw file (CSV or XLSX), not JSON. */
  rawBody?: boolean;
  /** Response schema for the OpenAPI document (tests check every answer against it). */
  response?: z.ZodType;
  /** The answer is a file in one of these media types, not JSON (documented instead of `response`). */
  download?: readonly string[];
  /** Success status; default 200 (204 for a route that answers without content). */
  status?: number;
  rateLimited?: boolean;
}

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

export type Route<B = unknown, Q = unknown> = PublicRoute<B, Q> | GuardedRoute<B, Q>;

/** Declares a route; the handler's return value is sent as JSON unless it already answered. */
export function route<B = undefined, Q = undefined>(def: Route<B, Q>): Route {
  return def as unknown as Route;
}
