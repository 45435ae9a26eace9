import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * AUTH_SECRET signs the session cookies. Without one in the environment, the first start makes one
 * and keeps it in DATA_DIR, so sessions survive restarts.
 */
export async function ensureAuthSecret(dataDir: string, fromEnv: string | undefined): Promise<string> {
  if (fromEnv) return fromEnv;
  const file = path.join(dataDir, 'auth-secret');
  const existing = (await readFile(file, 'utf8').catch(() => '')).trim();
  if (existing) {
    await chmod(file, 0o600);
    return existing;
  }
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  const secret = randomBytes(32).toString('base64url');
  try {
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    // Another start wrote it first: theirs wins, so both processes sign with the same key.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return (await readFile(file, 'utf8')).trim();
  }
}
