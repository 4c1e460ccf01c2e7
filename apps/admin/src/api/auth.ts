import { request } from './request.ts';

export type Role = 'admin' | 'evaluator' | 'reporter' | 'viewer';
export interface SessionUser {
  username: string;
  role: Role;
  /** A reporter's scheme and unit; null for other roles. */
  schemeId: string | null;
  unitId: string | null;
}

interface UserEnvelope {
  user: SessionUser;
}

export async function login(username: string, password: string): Promise<SessionUser> {
  const body = await request<UserEnvelope>('/auth/login', { method: 'POST', body: { username, password } });
  return body.user;
}

export async function logout(): Promise<void> {
  await request<unknown>('/auth/logout', { method: 'POST' });
}

export async function fetchMe(): Promise<SessionUser> {
  const body = await request<UserEnvelope | SessionUser>('/auth/me');
  return 'user' in body ? body.user : body;
}
