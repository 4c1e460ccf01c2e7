import { ErrorBody, type ErrorCode, type Problem } from '@kaoping/contracts';

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

/**
 * The ApiError of an error answer, read with the contract's ErrorBody. A body of another shape (a proxy's
 * error page, say) is BAD_RESPONSE with the HTTP status: its code is never guessed.
 */
export function toApiError(status: number, body: unknown): ApiError {
  const parsed = ErrorBody.safeParse(body);
  if (!parsed.success) return new ApiError('BAD_RESPONSE', status, `HTTP ${status}`);
  const [first] = parsed.data.errors;
  const problems = parsed.data.errors.map(({ message, extensions: { code: _code, ...where } }): Problem => ({ message, ...where }));
  return new ApiError(first?.extensions.code ?? 'BAD_RESPONSE', status, first?.message ?? `HTTP ${status}`, problems);
}
