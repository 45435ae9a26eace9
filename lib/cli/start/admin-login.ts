import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Env } from '../../env';

type Login = { email: string; password: string };
type SeedOutcome = { seeded: boolean; admin?: Login };

const FILE = 'admin-login.json';

function isLogin(value: unknown): value is Login {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.email === 'string' && typeof record.password === 'string';
}

async function readStoredLogin(file: string): Promise<Login | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    return isLogin(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * The line telling the user how to sign in. A generated password is kept (mode 0600) only for the
 * embedded database, which lives next to it in DATA_DIR; for a DATABASE_URL server it is printed
 * once, when the seed creates the account, and stored nowhere.
 */
export async function describeAdminLogin(
  env: Env,
  embedded: boolean,
  seed: SeedOutcome,
): Promise<string> {
  const file = path.join(env.DATA_DIR, FILE);
  if (seed.admin) {
    const generated = env.ADMIN_PASSWORD === undefined;
    if (embedded && generated) {
      await mkdir(env.DATA_DIR, { recursive: true, mode: 0o755 });
      await writeFile(file, JSON.stringify(seed.admin, null, 2), { mode: 0o600 });
    } else {
      await rm(file, { force: true });
    }
    const password = generated ? seed.admin.password : '(the one in ADMIN_PASSWORD)';
    const note = generated && !embedded ? '  (stored nowhere in clear text: note it now)' : '';
    return `Admin login: ${seed.admin.email} / ${password}${note}`;
  }
  const stored = embedded ? await readStoredLogin(file) : null;
  if (stored) return `Admin login: ${stored.email} / ${stored.password}  (from ${file})`;
  if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) {
    return `Admin login: ${env.ADMIN_EMAIL} / (the one in ADMIN_PASSWORD)`;
  }
  return (
    'Admin login: created by an earlier start or db:seed, from ADMIN_EMAIL/ADMIN_PASSWORD or with a ' +
    'generated password that was printed then'
  );
}
