import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chown, mkdir, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PostgresBinaries } from './binaries';
import { chooseCtypeLocale } from './locale';
import type { ServiceAccount } from './service-account';
import { postgresSpawnOptions } from './spawn-options';

export type Credentials = { user: string; password: string };

// Written last, so its presence means "initdb finished and this cluster belongs to the launcher".
export const CREDENTIALS_FILE = 'portal-credentials.json';

function isCredentials(value: unknown): value is Credentials {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.user === 'string' && typeof record.password === 'string';
}

export async function ensureCluster(
  dataDir: string,
  binaries: PostgresBinaries,
  account: ServiceAccount | null,
): Promise<{ credentials: Credentials; initialised: boolean }> {
  const credentialsPath = path.join(dataDir, CREDENTIALS_FILE);
  const existing = await readFile(credentialsPath, 'utf8').catch(() => null);
  if (existing !== null) {
    const parsed: unknown = JSON.parse(existing);
    if (!isCredentials(parsed)) throw new Error(`${credentialsPath} is damaged; delete ${dataDir} to start afresh`);
    return { credentials: parsed, initialised: false };
  }
  const entries = await readdir(dataDir).catch(() => null);
  if (entries && entries.includes('PG_VERSION')) {
    throw new Error(`${dataDir} holds a PostgreSQL cluster not created by this launcher; move it away or change DATA_DIR`);
  }
  if (entries && entries.length > 0) {
    throw new Error(`${dataDir} exists and is not an empty folder; move it away or change DATA_DIR`);
  }
  return { credentials: await initialiseCluster(dataDir, binaries, account), initialised: true };
}

// initdb runs in a sibling folder that is renamed into place at the end, so a run killed halfway
// leaves only a scratch folder that the next run deletes.
async function initialiseCluster(
  dataDir: string,
  binaries: PostgresBinaries,
  account: ServiceAccount | null,
): Promise<Credentials> {
  const scratch = `${dataDir}.initdb`;
  const passwordFile = `${dataDir}.pwfile`;
  const credentials: Credentials = { user: 'postgres', password: randomBytes(24).toString('base64url') };
  await rm(scratch, { recursive: true, force: true });
  await mkdir(path.dirname(dataDir), { recursive: true });
  await mkdir(scratch, { mode: 0o700 });
  await writeFile(passwordFile, `${credentials.password}\n`, { mode: 0o600 });
  try {
    if (account) {
      await chown(scratch, account.uid, account.gid);
      await chown(passwordFile, account.uid, account.gid);
    }
    const ctype = await chooseCtypeLocale();
    await runInitdb(binaries.initdb, account, [
      `--pgdata=${scratch}`,
      `--username=${credentials.user}`,
      `--pwfile=${passwordFile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
      `--lc-ctype=${ctype}`,
      '--lc-collate=C',
      '--lc-messages=C',
      '--lc-monetary=C',
      '--lc-numeric=C',
      '--lc-time=C',
    ]);
    await writeFile(path.join(scratch, CREDENTIALS_FILE), JSON.stringify(credentials), { mode: 0o600 });
    if (await stat(dataDir).catch(() => null)) await rm(dataDir, { recursive: true });
    await rename(scratch, dataDir);
  } finally {
    await unlink(passwordFile).catch(() => undefined);
    await rm(scratch, { recursive: true, force: true });
  }
  return credentials;
}

function runInitdb(initdb: string, account: ServiceAccount | null, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(initdb, args, { ...postgresSpawnOptions(account), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => reject(new Error(`could not run initdb (${initdb}): ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) return resolve();
      const reason = output.split('\n').find((line) => /error|fatal|could not|invalid/i.test(line))?.trim();
      reject(new Error(`initdb failed (${signal ?? `exit code ${code}`}): ${reason ?? (output.trim() || 'no output')}`));
    });
  });
}
