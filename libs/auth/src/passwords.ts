import argon2 from 'argon2';

/** Long enough to resist guessing; anything up to 200 characters, passphrases welcome. */
export const PASSWORD_MIN = 12;

/** argon2id with the library's defaults (64 MiB, 3 passes, 4 lanes): memory-hard, salted. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password);
}

/**
 * A hash to verify against when the email is unknown, so a wrong email costs as much time as a
 * wrong password and response times do not reveal which accounts exist.
 */
let decoyHash: Promise<string> | undefined;
export function decoy(): Promise<string> {
  decoyHash ??= hashPassword('decoy password that matches no account');
  return decoyHash;
}
