import { hash, verify } from '@node-rs/argon2';

/** Argon2id with the library's defaults (m = 19 MiB, t = 2), as OWASP recommends. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password. With no stored hash (unknown user) a dummy hash is still verified, so the
 * response time does not tell which usernames exist.
 */
export async function checkPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  if (storedHash === undefined) {
    dummyHash ??= hash('not-a-password-of-anyone');
    await verify(await dummyHash, password);
    return false;
  }
  return verify(storedHash, password);
}
