import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): about 40 ms per hash on these machines, cheap for one
// login, expensive for an offline guesser. Argon2id is the library's default algorithm; its `Algorithm` is a
// const enum, which isolatedModules cannot import, so the prefix check below makes sure of the algorithm instead.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };
const argon2idPrefix = '$argon2id$';

export async function hashPassword(plain: string): Promise<string> {
  const hashed = await hash(plain, options);
  if (!hashed.startsWith(argon2idPrefix)) throw new Error('Password hashing did not produce an argon2id hash');
  return hashed;
}

/** False for a wrong password and for a stored value that is not an argon2 hash at all. */
export async function verifyPassword(hashed: string, plain: string): Promise<boolean> {
  try {
    return await verify(hashed, plain);
  } catch {
    return false;
  }
}
