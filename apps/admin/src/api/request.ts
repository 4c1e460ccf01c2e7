import { ApiError, toApiError } from './api-error.ts';

const API_BASE = '/api/v1';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null>;
  /** Raw body (file upload); sent as is, with its own headers. */
  raw?: { data: Blob | ArrayBuffer; headers: Record<string, string> };
}

/** Listeners told when any request answers 401, so the auth store can drop the session. */
const unauthorizedListeners = new Set<() => void>();
export function onUnauthorized(fn: () => void): () => void {
  unauthorizedListeners.add(fn);
  return () => unauthorizedListeners.delete(fn);
}

export function buildUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

async function readBody(res: Response): Promise<unknown> {
  const text = await res.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** An answer of the API: its status and its JSON body as sent (null when empty). */
export interface RawAnswer {
  status: number;
  data: unknown;
}

/**
 * The one place the SPA calls the API (through the typed client, `client.ts`): a non-2xx answer is thrown as
 * an ApiError read with the contract's ErrorBody, and a 401 tells the listeners (the auth store drops the session).
 */
export async function request(path: string, opts: RequestOptions = {}): Promise<RawAnswer> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (opts.raw) {
    Object.assign(headers, opts.raw.headers);
    body = opts.raw.data;
  } else if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), { method: opts.method ?? 'GET', headers, body: body ?? null, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError('NETWORK', 0, e instanceof Error ? e.message : String(e));
  }
  const data = await readBody(res);
  return answered(res.status, data);
}

/** The error interceptor, shared by fetch and the XHR upload: a non-2xx answer becomes an ApiError. */
export function answered(status: number, data: unknown): RawAnswer {
  if (status >= 200 && status < 300) return { status, data };
  if (status === 401) unauthorizedListeners.forEach((fn) => fn());
  throw toApiError(status, data);
}
