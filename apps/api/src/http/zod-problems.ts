import type { Problem } from '@kaoping/contracts';
import type { ZodError } from 'zod';

/** One problem per zod issue, with a JSON pointer to the bad field. */
export function zodProblems(error: ZodError, base = ''): Problem[] {
  return error.issues.map((issue) => ({
    pointer: base + issue.path.map((p) => `/${String(p).replaceAll('~', '~0').replaceAll('/', '~1')}`).join(''),
    message: issue.message,
  }));
}
