import { z } from 'zod';
import { ErrorCode } from '../errors.ts';
import { LocatedProblem } from './located-problem.ts';

/** One problem of an error answer: its message, the error's stable code and where it is. */
export const ErrorItem = z.object({
  message: z.string(),
  extensions: LocatedProblem.omit({ message: true }).extend({ code: z.enum(ErrorCode) }),
});
export type ErrorItem = z.infer<typeof ErrorItem>;

/** The body of every error answer: one item per located problem; the first item's code is the error's. */
export const ErrorBody = z.object({ errors: z.array(ErrorItem).min(1) });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** The error statuses any route may answer (always with ErrorBody), and the codes each carries. */
export const ERROR_STATUSES: Readonly<Record<number, string>> = {
  400: 'VALIDATION_FAILED / RULE_PACK_INVALID / DATA_INVALID',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN / CROSS_SITE_REJECTED',
  404: 'NOT_FOUND',
  409: 'CONFLICT / DATA_INCOMPLETE',
  413: 'UPLOAD_LIMIT_EXCEEDED',
  429: 'RATE_LIMITED',
};
