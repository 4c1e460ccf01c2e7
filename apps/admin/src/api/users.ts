import type { AuditEntry } from '@kaoping/contracts';
import type { Role } from './auth.ts';
import { request, unwrapList } from './request.ts';

export interface UserRow {
  id?: string | number;
  username: string;
  role: Role;
  /** A reporter's scheme (null for other roles, or a reporter left unbound by the migration). */
  schemeId: string | null;
  unitId: string | null;
  disabled?: boolean;
  createdAt?: string;
}

export interface UserInput {
  username: string;
  password?: string;
  role: Role;
  schemeId?: string | null;
  unitId?: string | null;
  disabled?: boolean;
}

export async function listUsers(): Promise<UserRow[]> {
  return unwrapList<UserRow>(await request<unknown>('/users'), 'users');
}

export async function createUser(input: UserInput): Promise<UserRow> {
  return (await request<{ user: UserRow }>('/users', { method: 'POST', body: input })).user;
}

export async function updateUser(username: string, patch: Partial<UserInput>): Promise<UserRow> {
  return (await request<{ user: UserRow }>(`/users/${encodeURIComponent(username)}`, { method: 'PATCH', body: patch })).user;
}

/** One audit log entry (the contracts' AuditEntry). */
export type AuditRow = AuditEntry;

export async function listAudit(query: { user?: string; entity?: string; from?: string; to?: string } = {}): Promise<AuditRow[]> {
  return unwrapList<AuditRow>(await request<unknown>('/audit', { query }), 'audit');
}
