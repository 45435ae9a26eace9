import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBuildCurrent, recordBuild } from './build-stamp';

function fakeProject(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'stamp-'));
  mkdirSync(path.join(root, 'app'), { recursive: true });
  mkdirSync(path.join(root, 'lib', 'db', 'generated'), { recursive: true });
  mkdirSync(path.join(root, '.next'));
  writeFileSync(path.join(root, 'app', 'page.tsx'), 'export default 1;');
  writeFileSync(path.join(root, 'package-lock.json'), '{}');
  return root;
}

describe('build stamp', () => {
  it('is not current without a finished build', async () => {
    const root = fakeProject();
    await recordBuild(root);
    expect(await isBuildCurrent(root)).toBe(false);
  });

  it('is current after a build until a source file changes', async () => {
    const root = fakeProject();
    writeFileSync(path.join(root, '.next', 'BUILD_ID'), 'abc');
    await recordBuild(root);
    expect(await isBuildCurrent(root)).toBe(true);
    writeFileSync(path.join(root, 'app', 'page.tsx'), 'export default 2;');
    expect(await isBuildCurrent(root)).toBe(false);
  });

  it('ignores tests and generated code, but not the lockfile', async () => {
    const root = fakeProject();
    writeFileSync(path.join(root, '.next', 'BUILD_ID'), 'abc');
    await recordBuild(root);
    writeFileSync(path.join(root, 'app', 'page.test.ts'), 'test');
    writeFileSync(path.join(root, 'lib', 'db', 'generated', 'client.ts'), 'x');
    expect(await isBuildCurrent(root)).toBe(true);
    writeFileSync(path.join(root, 'package-lock.json'), '{"changed":true}');
    expect(await isBuildCurrent(root)).toBe(false);
  });
});
