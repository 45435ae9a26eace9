import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isMediaKey, mediaDirectory, mediaFilePath, readMedia, writeMedia } from './storage';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'forum-media-'));
  vi.stubEnv('DATA_DIR', dataDir);
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(dataDir, { recursive: true, force: true });
});

describe('media keys', () => {
  it.each(['covers/2024/opening.jpg', '3f2a9c0d1e', 'a_b-c.d.webp', 'x/y/z'])('accepts %s', (key) => {
    expect(isMediaKey(key)).toBe(true);
  });

  it.each([
    '',
    '..',
    '../secret',
    'covers/../../etc/passwd',
    './a',
    '/etc/passwd',
    'covers//a.jpg',
    'covers/',
    '.hidden',
    'covers/.tmp',
    'a\\b',
    'a%2Fb',
    'a b',
    'a\u0000b',
    'ünïcode.jpg',
    'x'.repeat(600),
  ])('rejects %j', (key) => {
    expect(isMediaKey(key)).toBe(false);
    expect(() => mediaFilePath(key)).toThrow('Invalid media key');
  });

  it('names files inside DATA_DIR/media', () => {
    expect(mediaDirectory()).toBe(path.join(dataDir, 'media'));
    expect(mediaFilePath('covers/a.jpg')).toBe(path.join(dataDir, 'media', 'covers', 'a.jpg'));
  });
});

describe('writeMedia and readMedia', () => {
  const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

  it('read back what was written, with its size', async () => {
    await writeMedia('covers/2024/a.png', bytes);
    const stored = await readMedia('covers/2024/a.png');
    expect(stored?.byteSize).toBe(bytes.length);
    expect(new Uint8Array(await new Response(stored?.body).arrayBuffer())).toEqual(bytes);
  });

  it('replace a file whole and leave no temporary file behind', async () => {
    await writeMedia('a.png', new Uint8Array(1000).fill(7));
    await writeMedia('a.png', bytes);
    expect(new Uint8Array(await readFile(mediaFilePath('a.png')))).toEqual(bytes);
    expect(await readdir(path.join(mediaDirectory(), '.tmp'))).toEqual([]);
  });

  it('clean up the temporary file when the rename fails', async () => {
    // A folder where the file should go makes the rename fail.
    await writeMedia('taken/inner.png', bytes);
    await expect(writeMedia('taken', bytes)).rejects.toThrow();
    expect(await readdir(path.join(mediaDirectory(), '.tmp'))).toEqual([]);
  });

  it('refuse keys that leave the folder, on read and on write', async () => {
    await writeFile(path.join(dataDir, 'secret.txt'), 'secret');
    expect(await readMedia('../secret.txt')).toBeNull();
    await expect(writeMedia('../escaped.png', bytes)).rejects.toThrow('Invalid media key');
    expect(await readdir(dataDir)).toEqual(['secret.txt']);
  });

  it('answer null for a key without a file, or naming a folder', async () => {
    expect(await readMedia('missing.png')).toBeNull();
    await writeMedia('folder/inside.png', bytes);
    expect(await readMedia('folder')).toBeNull();
  });
});
