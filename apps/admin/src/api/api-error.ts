import type { ErrorCode, Problem } from '@kaoping/contracts';

/** An error answered by the API, with its stable code and located problems (one per `errors[]` entry). */
export class ApiError extends Error {
  readonly code: ErrorCode | 'NETWORK' | 'BAD_RESPONSE';
  readonly status: number;
  readonly problems: Problem[];

  constructor(code: ErrorCode | 'NETWORK' | 'BAD_RESPONSE', status: number, message: string, problems: Problem[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.problems = problems;
  }
}

interface ErrorEntry {
  message?: unknown;
  extensions?: Record<string, unknown>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function toProblem(e: ErrorEntry): Problem {
  const x = e.extensions ?? {};
  const p: Problem = { message: typeof e.message === 'string' ? e.message : '' };
  if (typeof x.pointer === 'string') p.pointer = x.pointer;
  if (typeof x.file === 'string') p.file = x.file;
  if (typeof x.sheet === 'string') p.sheet = x.sheet;
  if (typeof x.row === 'number') p.row = x.row;
  if (typeof x.column === 'string') p.column = x.column;
  return p;
}

/** Builds an ApiError from a response body shaped `{ errors: [{ message, extensions: { code } }] }`. */
export function toApiError(status: number, body: unknown): ApiError {
  const entries: ErrorEntry[] = isRecord(body) && Array.isArray(body.errors) ? body.errors.filter(isRecord) : [];
  const first = entries[0];
  const code = first?.extensions?.code;
  const fallback = status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : status === 404 ? 'NOT_FOUND' : status === 409 ? 'CONFLICT' : 'INTERNAL';
  const message = typeof first?.message === 'string' ? first.message : `HTTP ${status}`;
  return new ApiError((typeof code === 'string' ? code : fallback) as ErrorCode, status, message, entries.map(toProblem));
}
