import { ErrorCode, KaopingError } from '@kaoping/contracts';
import type { RequestHandler } from 'express';

/** Deeper than any real pack (a condition nested 20 levels is about 60): beyond it, recursive parsers overflow. */
export const MAX_JSON_DEPTH = 100;

function pointerOf(path: readonly (string | number)[]): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function invalid(message: string, pointer: string): KaopingError {
  return new KaopingError(ErrorCode.VALIDATION_FAILED, message, [{ pointer, message }]);
}

/**
 * Walks a parsed JSON body without recursion and refuses NUL characters (PostgreSQL text cannot hold them) and
 * nesting deeper than {@link MAX_JSON_DEPTH}, naming the JSON pointer of the first offender.
 */
function checkJsonValue(value: unknown): void {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value: v, path } = item;
    if (typeof v === 'string') {
      if (v.includes('\0')) throw invalid('文本中不能含有 NUL 字符（\\u0000）', pointerOf(path));
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (path.length >= MAX_JSON_DEPTH) throw invalid(`嵌套层数超过 ${MAX_JSON_DEPTH} 层`, pointerOf(path));
    const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
    for (const [key, child] of entries) {
      if (typeof key === 'string' && key.includes('\0')) throw invalid('字段名中不能含有 NUL 字符', pointerOf(path));
      stack.push({ value: child, path: [...path, key] });
    }
  }
}

/** Refuses a NUL byte anywhere in the URL (path or query), encoded or not. */
export const rejectNulInUrl: RequestHandler = (req, _res, next) => {
  if (/%00|\0/i.test(req.originalUrl)) throw new KaopingError(ErrorCode.VALIDATION_FAILED, '网址中不能含有 NUL 字符（%00）');
  next();
};

/** After express.json: the checks of {@link checkJsonValue} on the parsed body. */
export const checkJsonBody: RequestHandler = (req, _res, next) => {
  checkJsonValue(req.body);
  next();
};
