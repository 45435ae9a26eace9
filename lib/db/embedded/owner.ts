import { unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readJsonFile } from '../../fs/read-json-file';
import { isProcessAlive, processStartTicks } from './process-state';

// Records which launcher process started (and will stop) the server. Another command that finds
// the server running while its owner lives (db:migrate next to npm start) uses it without
// stopping it; a server whose owner died (kill -9) is adopted.
const OWNER_FILE = 'portal-owner.json';

type OwnerRecord = { pid: number; startTicks: string | null };

function isOwnerRecord(value: unknown): value is OwnerRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.pid === 'number' && (typeof record.startTicks === 'string' || record.startTicks === null);
}

export async function hasLiveOwner(dataDir: string): Promise<boolean> {
  const parsed = await readJsonFile(path.join(dataDir, OWNER_FILE));
  if (!isOwnerRecord(parsed) || parsed.pid === process.pid) return false;
  if (!(await isProcessAlive(parsed.pid))) return false;
  return parsed.startTicks === null || parsed.startTicks === (await processStartTicks(parsed.pid));
}

export async function claimOwnership(dataDir: string): Promise<void> {
  const record: OwnerRecord = { pid: process.pid, startTicks: await processStartTicks(process.pid) };
  await writeFile(path.join(dataDir, OWNER_FILE), JSON.stringify(record), { mode: 0o600 });
}

export async function releaseOwnership(dataDir: string): Promise<void> {
  await unlink(path.join(dataDir, OWNER_FILE)).catch(() => undefined);
}
