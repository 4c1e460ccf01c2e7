import { ErrorCode, KaopingError } from '@kaoping/contracts';
import type { z } from 'zod';
import { zodProblems } from './zod-problems.ts';

/** Parses a request part with its schema; a failure is VALIDATION_FAILED with one problem per bad field. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new KaopingError(ErrorCode.VALIDATION_FAILED, `${what}有误`, zodProblems(result.error));
}
