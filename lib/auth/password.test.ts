import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('stores an argon2id hash, never the password', async () => {
    const hashed = await hashPassword('correct horse battery staple');
    expect(hashed.startsWith('$argon2id$')).toBe(true);
    expect(hashed).not.toContain('correct horse');
  });

  it('salts: the same password hashes differently each time', async () => {
    expect(await hashPassword('same password')).not.toBe(await hashPassword('same password'));
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const hashed = await hashPassword('s3cret-Passw0rd');
    expect(await verifyPassword(hashed, 's3cret-Passw0rd')).toBe(true);
    expect(await verifyPassword(hashed, 's3cret-passw0rd')).toBe(false);
  });

  it('treats a stored value that is not a hash as a failed login', async () => {
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
    expect(await verifyPassword('', '')).toBe(false);
  });
});
