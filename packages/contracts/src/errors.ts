/**
 * Stable error codes shared by the engine, the CLI, the API and the admin SPA.
 * The SPA turns each code into an i18n key (`errors.<CODE>`); never rename one.
 */
export const ErrorCode = {
  /** A pack that does not validate or compile (schema, ids, formulas, conditions): every problem with its JSON pointer. */
  RULE_PACK_INVALID: 'RULE_PACK_INVALID',
  DATA_INVALID: 'DATA_INVALID',
  /** A run's data has gaps (missing targets, reports, groups) and the request did not accept them. */
  DATA_INCOMPLETE: 'DATA_INCOMPLETE',
  EVALUATION_FAILED: 'EVALUATION_FAILED',
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL: 'INTERNAL',
  /** Another process holds the embedded database folder (one writer per folder). */
  DATA_DIR_LOCKED: 'DATA_DIR_LOCKED',
  /** The embedded database folder is not a database (no PG_VERSION) or cannot be opened. */
  DATA_DIR_INVALID: 'DATA_DIR_INVALID',
  /** A backup file that cannot be restored (not a backup, or the target is not empty). */
  BACKUP_INVALID: 'BACKUP_INVALID',
  /** A state-changing request sent from another site (CSRF defence: Origin / Sec-Fetch-Site). */
  CROSS_SITE_REJECTED: 'CROSS_SITE_REJECTED',
  /** A request body in a media type the route does not take (JSON routes take only application/json). */
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** An approved (已审核) submission is locked until an evaluator unlocks it. */
  SUBMISSION_LOCKED: 'SUBMISSION_LOCKED',
  /** A submission is not in a state that allows the step (e.g. approving one that is not 已提交). */
  SUBMISSION_STATE: 'SUBMISSION_STATE',
  /** A pack beyond the engine's compile limits (formula length or nesting, number of facts, fact chain); names the node. */
  PACK_LIMIT_EXCEEDED: 'PACK_LIMIT_EXCEEDED',
  /** A run that reached the engine's run limits (step budget, size of an exact number); names the formula's node. */
  RUN_LIMIT_EXCEEDED: 'RUN_LIMIT_EXCEEDED',
  /** An upload beyond the import limits (size, rows, columns, cells, uncompressed XLSX size); names the file. */
  UPLOAD_LIMIT_EXCEEDED: 'UPLOAD_LIMIT_EXCEEDED',
  /** A background job (import or run) that took too long or too much memory and was stopped. */
  JOB_FAILED: 'JOB_FAILED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Where a problem is: a JSON pointer into a pack, or a file/row/column of an input table. */
export interface ProblemLocation {
  pointer?: string;
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
}

/** One problem, phrased for a non-programmer. */
export interface Problem extends ProblemLocation {
  message: string;
}

/** An error with a stable code and a list of located problems. */
export class KaopingError extends Error {
  readonly code: ErrorCode;
  readonly problems: Problem[];

  constructor(code: ErrorCode, message: string, problems: Problem[] = []) {
    super(message);
    this.name = 'KaopingError';
    this.code = code;
    this.problems = problems;
  }
}

/** Formats a problem as one line: `where: message`. */
export function formatProblem(p: Problem): string {
  const where: string[] = [];
  if (p.file !== undefined) where.push(p.file);
  if (p.sheet !== undefined) where.push(`工作表 ${p.sheet}`);
  if (p.row !== undefined) where.push(`第 ${p.row} 行`);
  if (p.column !== undefined) where.push(`列 ${p.column}`);
  if (p.pointer !== undefined) where.push(p.pointer === '' ? '/' : p.pointer);
  return where.length > 0 ? `${where.join(' ')}: ${p.message}` : p.message;
}
