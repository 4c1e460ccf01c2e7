import type { ErrorCode } from '@kaoping/contracts';

const STATUS: Record<ErrorCode, number> = {
  RULE_PACK_INVALID: 400,
  FORMULA_INVALID: 400,
  CONDITION_INVALID: 400,
  DATA_INVALID: 400,
  DATA_INCOMPLETE: 409,
  VALIDATION_FAILED: 400,
  EVALUATION_FAILED: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  DATA_DIR_LOCKED: 503,
  DATA_DIR_INVALID: 503,
  BACKUP_INVALID: 400,
  CROSS_SITE_REJECTED: 403,
  UNSUPPORTED_MEDIA_TYPE: 415,
};

/** The HTTP status for an error code. */
export function statusOf(code: ErrorCode): number {
  return STATUS[code];
}
