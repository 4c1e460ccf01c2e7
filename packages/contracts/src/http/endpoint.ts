import type { z } from 'zod';
import type { Permission } from '../access.ts';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Who may call a route: anyone, any signed-in user, or a user whose role grants the permission. */
export type Access = Permission | 'signedIn' | 'public';

/**
 * One HTTP route as the server and the SPA both see it: the API binds a handler to it and documents it
 * in OpenAPI, the SPA's client calls it and checks the answer with the same schemas.
 */
export interface Endpoint {
  readonly method: HttpMethod;
  /** Express path below /api/v1, e.g. `/schemes/:sid/draft`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly access: Access;
  readonly body?: z.ZodType;
  readonly query?: z.ZodType;
  /** The request body is a raw file (CSV or XLSX), not JSON. */
  readonly rawBody?: boolean;
  /** The JSON answer on success (tests check every answer against it; the SPA parses it). */
  readonly response?: z.ZodType;
  /** The answer is a file in one of these media types, not JSON (documented instead of `response`). */
  readonly download?: readonly string[];
  /** Success status; default 200 (204 for a route that answers without content). */
  readonly status?: number;
  readonly rateLimited?: boolean;
}

/** Declares an endpoint, keeping the exact types of its path and schemas for the client and the binder. */
export function endpoint<const E extends Endpoint>(e: E): E {
  return e;
}

/** The parameter names of an Express path: `/runs/:rid/units/:uid` → `'rid' | 'uid'`. */
export type PathParam<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParam<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** The body a caller sends (zod input) and the handler receives (zod output). */
export type BodyIn<E extends Endpoint> = E['body'] extends z.ZodType ? z.input<E['body']> : undefined;
export type BodyOut<E extends Endpoint> = E['body'] extends z.ZodType ? z.output<E['body']> : undefined;
export type QueryIn<E extends Endpoint> = E['query'] extends z.ZodType ? z.input<E['query']> : undefined;
export type QueryOut<E extends Endpoint> = E['query'] extends z.ZodType ? z.output<E['query']> : undefined;
/** The parsed JSON answer (void for a route without a response schema). */
export type ResponseOf<E extends Endpoint> = E['response'] extends z.ZodType ? z.output<E['response']> : void;
