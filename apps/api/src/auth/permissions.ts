import type { Role } from '@kaoping/store';

/** What a route needs. Reporters' unit scoping is checked by the routes themselves. */
export type Permission =
  | 'scheme:read'
  | 'scheme:write'
  | 'draft'
  | 'version:read'
  | 'version:write'
  | 'data:read'
  | 'data:write'
  | 'report:submit'
  | 'run:read'
  | 'run:write'
  | 'users'
  | 'audit';

const EVALUATOR: Permission[] = [
  'scheme:read',
  'scheme:write',
  'draft',
  'version:read',
  'version:write',
  'data:read',
  'data:write',
  'report:submit',
  'run:read',
  'run:write',
];

/** The role table: admin everything; evaluator all but users and audit; reporter own unit; viewer published things. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [...EVALUATOR, 'users', 'audit'],
  evaluator: EVALUATOR,
  reporter: ['scheme:read', 'data:read', 'report:submit', 'run:read'],
  viewer: ['scheme:read', 'version:read', 'run:read'],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
