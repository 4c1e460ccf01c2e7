import type { AnswerOf, BodyIn, Endpoint, PathParam, QueryIn, ResponseOf } from '@kaoping/contracts';
import { ApiError } from './api-error.ts';
import { buildUrl, request, type RawAnswer, type RequestOptions } from './request.ts';

/** A zod schema of the contract (the SPA takes zod's types through @kaoping/contracts only). */
type Schema = NonNullable<Endpoint['body']>;

type ParamsArg<E extends Endpoint> = [PathParam<E['path']>] extends [never]
  ? { params?: undefined }
  : { params: Record<PathParam<E['path']>, string | number> };
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
 * `data` checked against `schema`; another shape is a BAD_RESPONSE error naming the JSON pointers that do
 * not fit, never a guess. The data itself is returned as sent, not the parsed copy: a rule pack is edited as
 * it was saved, without the defaults that parsing would write into it.
 */
export function fitting<S extends Schema>(schema: S, data: unknown, where: string, status = 200): ReturnType<S['parse']> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return data as ReturnType<S['parse']>;
  const problems = parsed.error.issues
    .slice(0, 5)
    .map((i) => ({ message: i.message, pointer: i.path.map((p: PropertyKey) => `/${String(p)}`).join('') || '/' }));
  throw new ApiError('BAD_RESPONSE', status, `${where}: unexpected answer`, problems);
}

/** An answer checked against the schema its endpoint declares for its status; an undeclared status is BAD_RESPONSE. */
export function parseAnswer<E extends Endpoint>(endpoint: E, { status, data }: RawAnswer): AnswerOf<E> {
  const where = `${endpoint.method.toUpperCase()} ${endpoint.path}`;
  if (!(status in endpoint.responses)) throw new ApiError('BAD_RESPONSE', status, `${where}: unexpected status ${status}`);
  const schema = endpoint.responses[status as keyof Endpoint['responses']];
  return { status, data: schema ? fitting(schema, data, where, status) : undefined } as AnswerOf<E>;
}

/** Calls an endpoint of the contract: its status and its answer, parsed with the schema declared for that status. */
export async function answerOf<E extends Endpoint>(endpoint: E, ...[args]: Rest<E>): Promise<AnswerOf<E>> {
  const opts: RequestOptions = { method: endpoint.method.toUpperCase() as NonNullable<RequestOptions['method']> };
  if (args?.body !== undefined) opts.body = args.body;
  if (args?.query !== undefined) opts.query = args.query as NonNullable<RequestOptions['query']>;
  return parseAnswer(endpoint, await request(pathOf(endpoint, args?.params), opts));
}

/** Calls an endpoint of the contract and returns its answer (for an endpoint with one success status). */
export async function call<E extends Endpoint>(endpoint: E, ...args: Rest<E>): Promise<ResponseOf<E>> {
  return (await answerOf(endpoint, ...args)).data as ResponseOf<E>;
}
