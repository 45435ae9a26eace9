import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readJsonFile } from '../../fs/read-json-file';
import { isProcessAlive, processStartTicks, waitForExit } from '../../db/embedded/process-state';

// The app server (lib/server) does not die with its parent: after `kill -9` of the launcher it
// keeps PORT busy. The launcher records the server it spawned and ends that exact process (pid +
// start time) on the next start, instead of failing with "port in use" against its own leftover.
// The file keeps its name from the days of `next start`, so a leftover of those is found too.
const FILE = 'next-server.json';

type Record = { pid: number; startTicks: string | null };

export async function recordServer(dataDir: string, pid: number): Promise<void> {
  const record: Record = { pid, startTicks: await processStartTicks(pid) };
  await writeFile(path.join(dataDir, FILE), JSON.stringify(record), { mode: 0o600 });
}

export async function forgetServer(dataDir: string): Promise<void> {
  await rm(path.join(dataDir, FILE), { force: true });
}

/** Ends the app server a killed launcher left behind; true when there was one. */
export async function endLeftoverServer(dataDir: string): Promise<boolean> {
  const parsed = await readJsonFile(path.join(dataDir, FILE));
  await forgetServer(dataDir);
  if (typeof parsed !== 'object' || parsed === null || !('pid' in parsed) || typeof parsed.pid !== 'number') {
    return false;
  }
  const { pid } = parsed;
  const startTicks = 'startTicks' in parsed ? parsed.startTicks : null;
  if (startTicks === null || !(await isProcessAlive(pid)) || (await processStartTicks(pid)) !== startTicks) {
    return false;
  }
  process.kill(pid, 'SIGTERM');
  if (!(await waitForExit(pid, 10_000))) process.kill(pid, 'SIGKILL');
  await waitForExit(pid, 5_000);
  return true;
}
