import type { Problem } from '../errors.ts';
import { z } from 'zod';

/** A located problem as import previews return it: a JSON pointer into a pack, or file/sheet/row/column. */
export const LocatedProblem = z.object({
  message: z.string(),
  pointer: z.string().exactOptional(),
  file: z.string().exactOptional(),
  sheet: z.string().exactOptional(),
  row: z.number().int().exactOptional(),
  column: z.string().exactOptional(),
}) satisfies z.ZodType<Problem>;
