import { chmod, cp, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { relocateBinaries, type PostgresBinaries } from './binaries';
import { FALLBACK_ROOT, makeWorldTraversable } from './fallback-data';
import { canRunAs } from './reachability';
import type { ServiceAccount } from './service-account';

/** A copy of the package's native folder that the service account can run, shared by all checkouts. */
export async function copyBinaries(binaries: PostgresBinaries, account: ServiceAccount): Promise<PostgresBinaries> {
  const target = path.join(FALLBACK_ROOT, `embedded-postgres-${binaries.version}-${process.platform}-${process.arch}`);
  const relocated = relocateBinaries(binaries, target);
  if ((await stat(target).catch(() => null)) && (await canRunAs(relocated.postgres, account))) return relocated;
  await makeWorldTraversable(FALLBACK_ROOT);
  const staging = `${target}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  // verbatimSymlinks keeps the relative libicu links the platform package's postinstall created.
  await cp(binaries.nativeDir, staging, { recursive: true, verbatimSymlinks: true });
  await openUp(staging);
  await rm(target, { recursive: true, force: true });
  await rename(staging, target);
  if (!(await canRunAs(relocated.postgres, account))) {
    throw new Error(`user ${account.name} cannot run the PostgreSQL binaries copied to ${target}`);
  }
  return relocated;
}

// A umask of 077 would otherwise leave the copy as unreachable as the original.
async function openUp(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    if (entry.isDirectory()) await chmod(full, 0o755);
    else if (entry.isFile()) await chmod(full, ((await stat(full)).mode & 0o777) | 0o444);
  }
}
