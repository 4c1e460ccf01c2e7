import type { BodyIn, Endpoint, PathParam, QueryIn, ResponseOf } from '@kaoping/contracts';
import { ApiError } from './api-error.ts';
import { buildUrl, request, type RequestOptions } from './request.ts';

type ParamsArg<E extends Endpoint> = [PathParam<E['path']>] extends [never] ? { params?: undefined } : { params: Record<PathParam<E['path']>, string | number> };
type BodyArg<E extends Endpoint> = E['body'] extends NonNullable<Endpoint['body']> ? { body: BodyIn<E> } : { body?: undefined };
type QueryArg<E extends Endpoint> = E['query'] extends NonNullable<Endpoint['query']> ? { query?: QueryIn<E> } : { query?: undefined };

/** What a call of an endpoint takes: the path's parameters, its body and its query, typed from the declaration. */
type CallArgs<E extends Endpoint> = ParamsArg<E> & BodyArg<E> & QueryArg<E>;
type Rest<E extends Endpoint> = Record<string, never> extends CallArgs<E> ? [args?: CallArgs<E>] : [args: CallArgs<E>];

/** The endpoint's path with its parameters filled in (`/runs/:rid` → `/runs/r1`). */
function pathOf(endpoint: Endpoint, params: Record<string, string | number> = {}): string {
  return endpoint.path.replace(/:(\w+)/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${endpoint.method} ${endpoint.path}: no value for :${name}`);
    return encodeURIComponent(String(value));
  });
}

/** A link to an endpoint (file downloads, uploads with progress). */
export function urlOf<E extends Endpoint>(endpoint: E, ...[args]: Rest<E>): string {
  return buildUrl(pathOf(endpoint, args?.params), args?.query as RequestOptions['query']);
}

/**
 * The answer checked against the endpoint's response schema (the one the server is tested with).
 * An answer of another shape is an error naming the JSON pointers that do not fit, never a guess.
 * The answer itself is returned as sent, not the parsed copy: a rule pack is edited as it was saved,
 * without the defaults that parsing would write into it.
 */
export function parseAnswer<E extends Endpoint>(endpoint: E, data: unknown): ResponseOf<E> {
  if (endpoint.response === undefined) return undefined as ResponseOf<E>;
  const parsed = endpoint.response.safeParse(data);
  if (parsed.success) return data as ResponseOf<E>;
  const problems = parsed.error.issues.slice(0, 5).map((i) => ({ message: i.message, pointer: i.path.map((p) => `/${String(p)}`).join('') || '/' }));
  throw new ApiError('BAD_RESPONSE', 200, `${endpoint.method.toUpperCase()} ${endpoint.path}: unexpected answer`, problems);
}

/** Calls an endpoint of the contract and returns its answer, parsed with the contract's response schema. */
export async function call<E extends Endpoint>(endpoint: E, ...[args]: Rest<E>): Promise<ResponseOf<E>> {
  const opts: RequestOptions = { method: endpoint.method.toUpperCase() as NonNullable<RequestOptions['method']> };
  if (args?.body !== undefined) opts.body = args.body;
  if (args?.query !== undefined) opts.query = args.query as NonNullable<RequestOptions['query']>;
  const data = await request<unknown>(pathOf(endpoint, args?.params), opts);
  return parseAnswer(endpoint, data);
}
