import { z } from 'zod';
import { RoleEnum } from '../access.ts';

/** A user as the API shows it (never the password hash). */
export const UserView = z.object({
  username: z.string(),
  role: RoleEnum,
  schemeId: z.string().nullable(),
  unitId: z.string().nullable(),
  disabled: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type UserView = z.infer<typeof UserView>;

export const UserEnvelope = z.object({ user: UserView });
