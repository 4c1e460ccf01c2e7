import type { AccessScope } from '@kaoping/contracts';
import { request } from './request.ts';

export interface SessionUser {
  username: string;
  role: AccessScope['role'];
  /** A reporter's scheme and unit; null for other roles. */
  schemeId: string | null;
  unitId: string | null;
}

/** The signed-in user and what it may do and see (permission codes and scope), as login and /auth/me send it. */
export interface Session {
  user: SessionUser;
  access: AccessScope;
}

export async function login(username: string, password: string): Promise<Session> {
  return request<Session>('/auth/login', { method: 'POST', body: { username, password } });
}

export async function logout(): Promise<void> {
  await request<unknown>('/auth/logout', { method: 'POST' });
}

export async function fetchMe(): Promise<Session> {
  return request<Session>('/auth/me');
}
