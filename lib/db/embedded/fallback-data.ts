import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { findRunningPostmaster, stopPostmaster } from './postmaster';

// Used only when running as root and the checkout sits under a folder the service account cannot
// enter (a clone in /root, mode 0700). /var/lib is the usual home of root-managed state.
export const FALLBACK_ROOT = '/var/lib/forum-portal';

// The requested folder keeps a pointer to the real one, so deleting it (rm -rf .data/postgres)
// still means "start from a fresh database", exactly as without the fallback.
const POINTER = 'moved-to.txt';
const ORIGIN = 'origin.txt';

export async function recordedFallback(requestedDir: string): Promise<string | null> {
  const recorded = (await readFile(path.join(requestedDir, POINTER), 'utf8').catch(() => '')).trim();
  return recorded || null;
}

export async function createFallback(requestedDir: string): Promise<string> {
  const home = path.join(FALLBACK_ROOT, randomBytes(8).toString('hex'));
  await makeWorldTraversable(home);
  await writeFile(path.join(home, ORIGIN), `${requestedDir}\n`);
  const dataDir = path.join(home, 'postgres');
  await mkdir(requestedDir, { recursive: true, mode: 0o755 });
  await writeFile(path.join(requestedDir, POINTER), `${dataDir}\n`);
  await removeAbandoned(requestedDir, home);
  return dataDir;
}

export async function makeWorldTraversable(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let current = dir; current.startsWith(FALLBACK_ROOT); current = path.dirname(current)) {
    await chmod(current, 0o755);
  }
}

// Earlier fallbacks of the same folder lost their pointer when it was deleted: nothing can reach
// them any more, so they only take disk space.
async function removeAbandoned(requestedDir: string, keep: string): Promise<void> {
  for (const entry of await readdir(FALLBACK_ROOT)) {
    const home = path.join(FALLBACK_ROOT, entry);
    if (home === keep) continue;
    const origin = (await readFile(path.join(home, ORIGIN), 'utf8').catch(() => '')).trim();
    if (origin !== requestedDir) continue;
    const running = await findRunningPostmaster(path.join(home, 'postgres'));
    if (running) await stopPostmaster(running.pid);
    await rm(home, { recursive: true, force: true });
  }
}
