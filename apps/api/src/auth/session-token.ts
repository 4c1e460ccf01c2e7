import { createHash, randomBytes } from 'node:crypto';

/** A new session token: 256 random bits. Only the client holds it. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The session id stored in the database: a hash of the token, so a leaked table cannot be replayed. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
