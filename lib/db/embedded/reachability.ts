import { execFile } from 'node:child_process';
import type { Stats } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ServiceAccount } from './service-account';
import { MINIMAL_ENV } from './spawn-options';

function allowsSearch(entry: Stats, account: ServiceAccount): boolean {
  if (entry.uid === account.uid) return (entry.mode & 0o100) !== 0;
  if (entry.gid === account.gid) return (entry.mode & 0o010) !== 0;
  return (entry.mode & 0o001) !== 0;
}

async function deepestExisting(target: string): Promise<string> {
  let current = path.resolve(target);
  while (!(await stat(current).catch(() => null))) {
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return realpath(current);
}

/**
 * Whether `account` can walk down to `dir`. Missing tail components don't count: the launcher
 * creates them as root with mode 0755. ACLs are ignored, which errs towards the fallback location.
 */
export async function canTraverse(dir: string, account: ServiceAccount): Promise<boolean> {
  const existing = await deepestExisting(dir);
  let current = existing;
  const chain = [current];
  while (path.dirname(current) !== current) {
    current = path.dirname(current);
    chain.push(current);
  }
  for (const component of chain) {
    const entry = await stat(component);
    if (!allowsSearch(entry, account)) return false;
  }
  return true;
}

/** Runs `postgres --version` as the account: proves the binary, its libraries and every parent folder are usable. */
export function canRunAs(postgresBinary: string, account: ServiceAccount): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(
      postgresBinary,
      ['--version'],
      { uid: account.uid, gid: account.gid, env: MINIMAL_ENV, timeout: 10_000 },
      (error) => resolve(error === null),
    );
  });
}
