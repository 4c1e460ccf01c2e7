import { z } from 'zod';

/** The list wrapper every collection answers with: `{ data: [...] }`. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item) });
}
