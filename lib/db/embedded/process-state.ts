import { readFile, readlink, realpath } from 'node:fs/promises';

const hasProc = async (): Promise<boolean> => (await readFile('/proc/self/stat', 'utf8').catch(() => null)) !== null;

// A zombie still answers kill(pid, 0); containers whose PID 1 never reaps orphans keep them forever.
async function isZombie(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (stat === null) return false;
  return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
}

export async function isProcessAlive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return !(await isZombie(pid));
}

/** Start time in clock ticks since boot; with the pid it names a process uniquely (null without /proc). */
export async function processStartTicks(pid: number): Promise<string | null> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (stat === null) return null;
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
}

/**
 * Whether `pid` is a live postmaster serving `dataDir`. A postmaster chdirs into its data
 * directory, so on Linux its cwd proves it; a recycled pid (common after a container restart)
 * fails that test. Without /proc, liveness is all we can check.
 */
export async function isPostmasterOf(pid: number, dataDir: string): Promise<boolean> {
  if (!(await isProcessAlive(pid))) return false;
  if (!(await hasProc())) return true;
  const [cwd, expected] = await Promise.all([
    readlink(`/proc/${pid}/cwd`).catch(() => null),
    realpath(dataDir).catch(() => dataDir),
  ]);
  return cwd === expected;
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await isProcessAlive(pid))) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return !(await isProcessAlive(pid));
}
