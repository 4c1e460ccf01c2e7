import type { Request, Response } from 'express';

const SESSION_COOKIE = 'kp_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** Session tokens are 43 base64url characters; anything else cannot name a session. */
const TOKEN = /^[A-Za-z0-9_-]{1,128}$/;

/** The session token from the Cookie header, if any; a malformed value counts as no session (never a 500). */
export function readSessionCookie(req: Request): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return TOKEN.test(value) ? value : undefined;
    }
  }
  return undefined;
}

/** httpOnly, SameSite=Lax, and Secure whenever the request came over https (directly or via a trusted proxy). */
export function setSessionCookie(req: Request, res: Response, token: string): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/', maxAge: SESSION_TTL_MS });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
}
