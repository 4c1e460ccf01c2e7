import type { Problem } from '@kaoping/contracts';
import type { ZodError } from 'zod';

const token = (p: PropertyKey) => `/${String(p).replaceAll('~', '~0').replaceAll('/', '~1')}`;

/**
 * One problem per bad field, with a JSON pointer to it. zod reports unknown keys as one issue on
 * their parent object; each key gets its own problem here, pointing at the key itself.
 */
export function zodProblems(error: ZodError, base = ''): Problem[] {
  return error.issues.flatMap((issue) => {
    const pointer = base + issue.path.map(token).join('');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ pointer: pointer + token(key), message: `未知字段「${key}」` }));
    }
    return [{ pointer, message: issue.message }];
  });
}
