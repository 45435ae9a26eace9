import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

// What the production build is made from. A start reuses .next only when these are unchanged, so
// pulling new code and running `npm start` never serves a stale build.
const inputDirs = ['app', 'components', 'lib', 'messages'];
const inputFiles = ['next.config.ts', 'proxy.ts', 'tsconfig.json', 'package-lock.json', 'prisma/schema.prisma'];
const skippedDirs = new Set(['generated', 'node_modules']);
const isTest = (name: string) => /\.test\.tsx?$/.test(name);

async function listFiles(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) => {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) return skippedDirs.has(entry.name) ? [] : listFiles(root, relative);
      return entry.isFile() && !isTest(entry.name) ? [relative] : [];
    }),
  );
  return nested.flat();
}

export async function sourceFingerprint(root: string): Promise<string> {
  const files = [...(await Promise.all(inputDirs.map((dir) => listFiles(root, dir)))).flat(), ...inputFiles].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file);
    hash.update(await readFile(path.join(root, file)).catch(() => Buffer.alloc(0)));
  }
  return hash.digest('hex');
}

const stampPath = (root: string) => path.join(root, '.next', 'source-fingerprint');

/** True when .next holds a finished build of the current sources. */
export async function isBuildCurrent(root: string): Promise<boolean> {
  const [buildId, stamp, current] = await Promise.all([
    readFile(path.join(root, '.next', 'BUILD_ID'), 'utf8').catch(() => null),
    readFile(stampPath(root), 'utf8').catch(() => null),
    sourceFingerprint(root),
  ]);
  return buildId !== null && stamp === current;
}

export async function recordBuild(root: string): Promise<void> {
  await writeFile(stampPath(root), await sourceFingerprint(root));
}
