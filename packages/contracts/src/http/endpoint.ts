import type { z } from 'zod';
import type { Permission } from '../access.ts';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Who may call a route: anyone, any signed-in user, or a user whose role grants the permission. */
export type Access = Permission | 'signedIn' | 'public';

/** A success status a route may answer with (errors share one body, see `ErrorBody`). */
export type SuccessStatus = 200 | 201 | 202 | 204 | 304;

/**
 * The answers of a route by status: the schema of the JSON body, or null for an answer without one
 * (204, 304, a file download).
 */
export type Responses = Readonly<Partial<Record<SuccessStatus, z.ZodType | null>>>;

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
  /** The success answers, one schema per status (tests check every answer against it; the SPA parses it). */
  readonly responses: Responses;
  /** The 200 answer is a file in one of these media types, not JSON. */
  readonly download?: readonly string[];
  readonly rateLimited?: boolean;
}

/** Declares an endpoint, keeping the exact types of its path and schemas for the client and the binder. */
export function endpoint<const E extends Endpoint>(e: E): E {
  return e;
}

/** The status a route answers with unless its handler picks another: the first of 200, 201, 202, 204 it declares. */
export function primaryStatus(e: Pick<Endpoint, 'responses'>): SuccessStatus {
  const found = ([200, 201, 202, 204] as const).find((s) => s in e.responses);
  if (found === undefined) throw new Error('an endpoint declares no 2xx answer');
  return found;
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

/** The statuses a caller sees: a 304 is answered to the browser's cache, which hands the caller its cached 200. */
export type CallerStatus<E extends Endpoint> = Exclude<keyof E['responses'] & SuccessStatus, 304>;
type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** An answer as the caller receives it: its status and its body parsed with that status's schema. */
export type AnswerOf<E extends Endpoint> = {
  [S in CallerStatus<E>]: { status: S; data: Parsed<E['responses'][S]> };
}[CallerStatus<E>];

/** The parsed JSON body of any success answer (undefined for an answer without one). */
export type ResponseOf<E extends Endpoint> = AnswerOf<E>['data'];
