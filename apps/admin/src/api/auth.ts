import { contract, type SessionView } from '@kaoping/contracts';
import { call } from './client.ts';

/** The signed-in user and what it may do and see (permission codes and scope), as login and /auth/me send it. */
export type Session = SessionView;
export type SessionUser = SessionView['user'];

export function login(username: string, password: string): Promise<Session> {
  return call(contract.auth.login, { body: { username, password } });
}

export function logout(): Promise<void> {
  return call(contract.auth.logout);
}

export function fetchMe(): Promise<Session> {
  return call(contract.auth.me);
}
