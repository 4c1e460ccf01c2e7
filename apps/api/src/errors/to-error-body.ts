import { ErrorCode, KaopingError, type ErrorBody, type ErrorItem } from '@kaoping/contracts';
import { ZodError } from 'zod';
import { zodProblems } from '../http/zod-problems.ts';
import { statusOf } from './status-of.ts';

/**
 * The one error shape: `{ errors: [{ message, extensions: { code, pointer?, file?, sheet?, row?, column? } }] }`,
 * one item per located problem. Anything that is not a known error becomes INTERNAL with no detail.
 */
export function toErrorBody(error: unknown): { status: number; body: ErrorBody; internal: boolean } {
  if (error instanceof ZodError) return toErrorBody(new KaopingError(ErrorCode.VALIDATION_FAILED, '请求参数有误', zodProblems(error)));
  if (error instanceof KaopingError) {
    const items: ErrorItem[] =
      error.problems.length === 0
        ? [{ message: error.message, extensions: { code: error.code } }]
        : error.problems.map(({ message, ...where }) => ({ message, extensions: { code: error.code, ...where } }));
    return { status: statusOf(error.code), body: { errors: items }, internal: false };
  }
  if (isUniqueViolation(error)) {
    // Two writers raced for the same key (e.g. two publishes computing the same next version number).
    return toErrorBody(new KaopingError(ErrorCode.CONFLICT, '数据已被同时修改，请刷新后重试'));
  }
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    // Only nested input recurses this deep (a pack, a condition, a formula): the request is at fault.
    return toErrorBody(new KaopingError(ErrorCode.VALIDATION_FAILED, '内容嵌套过深，无法处理'));
  }
  const status = httpStatusOf(error);
  if (status !== undefined && status >= 400 && status < 500) {
    // Express's own client errors: malformed JSON, payload too large …
    const code = status === 413 || status === 400 || status === 415 ? ErrorCode.VALIDATION_FAILED : ErrorCode.INTERNAL;
    const message = status === 413 ? '请求内容过大' : '请求内容无法解析';
    return { status, body: { errors: [{ message, extensions: { code } }] }, internal: false };
  }
  return { status: 500, body: { errors: [{ message: '服务器内部错误', extensions: { code: ErrorCode.INTERNAL } }] }, internal: true };
}

function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = 'status' in error ? error.status : 'statusCode' in error ? error.statusCode : undefined;
  return typeof status === 'number' ? status : undefined;
}

/** PostgreSQL (and PGlite) unique_violation. */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}
