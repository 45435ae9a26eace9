import { randomBytes } from 'node:crypto';

/** 18 random bytes as 24 base64url characters (144 bits): strong, and safe to paste from a terminal. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
