import { readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { isPostmasterOf, waitForExit } from './process-state';

export type RunningPostmaster = { pid: number; port: number };

const PID_FILE = 'postmaster.pid';

/**
 * The postmaster currently serving `dataDir`, if any. A postmaster.pid left by a killed server
 * (dead or recycled pid) is removed so the next start does not trip over it.
 */
export async function findRunningPostmaster(dataDir: string): Promise<RunningPostmaster | null> {
  const pidFile = path.join(dataDir, PID_FILE);
  const text = await readFile(pidFile, 'utf8').catch(() => null);
  if (text === null) return null;
  const [pidLine, , , portLine] = text.split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (Number.isInteger(pid) && pid > 0 && (await isPostmasterOf(pid, dataDir))) return { pid, port };
  await unlink(pidFile).catch(() => undefined);
  return null;
}

// Fast shutdown first (rolls back open transactions, checkpoints); immediate shutdown and then
// SIGKILL only for a server that does not react, so stop() always ends.
export async function stopPostmaster(pid: number): Promise<void> {
  const steps: Array<[NodeJS.Signals, number]> = [
    ['SIGINT', 30_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ];
  for (const [signal, timeoutMs] of steps) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await waitForExit(pid, timeoutMs)) return;
  }
  throw new Error(`PostgreSQL (pid ${pid}) did not stop, even after SIGKILL`);
}
