import { z } from 'zod';

/** An identifier usable inside formulas: letters, digits and underscores, not starting with a digit. */
export const Ident = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, '标识须由字母、数字、下划线组成，且不以数字开头');

/** An exact decimal written as a string: "7", "-0.5", "83.97". */
export const DecimalString = z.string().regex(/^-?\d+(\.\d+)?$/, '须为十进制数，如 12 或 83.97');
export type DecimalString = z.infer<typeof DecimalString>;

/** A number in a pack: a JSON number or a decimal string; read exactly from its text. */
export const PackNumber = z.union([z.number(), DecimalString]);
export type PackNumber = z.infer<typeof PackNumber>;

/** A formula in Kaoping's formula language (see README), or a plain number. */
export const Formula = z.union([z.string().min(1, '公式不能为空'), z.number()]);
export type Formula = z.infer<typeof Formula>;

/** Whether YYYY-MM-DD names a day that exists (2021-02-30 and 2021-04-31 do not; 2024-02-29 does). */
export function isRealDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);
}

const DATE_SHAPE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A calendar date, YYYY-MM-DD, that exists (one problem per value: the shape, or else the day). */
export const IsoDate = z
  .string()
  .regex(DATE_SHAPE, '日期须形如 2021-06-30')
  .refine((text) => !DATE_SHAPE.test(text) || isRealDate(text), '日期不存在（如 2 月 30 日）');

/** A reporting period: a month YYYY-MM or a whole year YYYY. */
export const Period = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, '期间须形如 2021-06 或 2021');

/** The three light colours, best first. */
export const LightId = z.enum(['green', 'yellow', 'red']);
export type LightId = z.infer<typeof LightId>;
