import { z } from 'zod';

/** A scheme's id as it appears in URLs: lowercase letters, digits and hyphens (e.g. `gulou-2022`). */
export const SchemeId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, '方案编号须为小写字母、数字和连字符');
export type SchemeId = z.infer<typeof SchemeId>;
