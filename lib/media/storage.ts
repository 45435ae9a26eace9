import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { readEnv } from '../env';

// The local-disk storage adapter for uploaded images: files live under DATA_DIR/media, named by
// their storage key (the `storageKey` of a Media row). The public route (app/media) reads through
// readMedia; the editor writes through writeMedia. Both refuse any key that could leave the folder.

/** Slash-separated segments of letters, digits, `.`, `_` and `-`; no segment starts with a dot. */
const keyPattern = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}){0,7}$/;

/**
 * Whether `key` can name a stored file. Rules out `..`, `.`, absolute paths, backslashes, empty
 * segments and hidden names (temporary files start with a dot and are never served).
 */
export function isMediaKey(key: string): boolean {
  return key.length <= 512 && keyPattern.test(key);
}

/** The folder media files are kept in. */
export function mediaDirectory(): string {
  return path.resolve(readEnv().DATA_DIR, 'media');
}

/**
 * The file a storage key names; throws for a key that isMediaKey rejects. `directory` is another
 * media folder than the configured one (a backup restores into a folder it is given).
 */
export function mediaFilePath(key: string, directory = mediaDirectory()): string {
  if (!isMediaKey(key)) throw new Error(`Invalid media key: ${JSON.stringify(key)}`);
  const file = path.resolve(directory, key);
  // The pattern already excludes traversal; this guards against a future change to it.
  if (!file.startsWith(directory + path.sep)) throw new Error(`Invalid media key: ${JSON.stringify(key)}`);
  return file;
}

export type StoredMedia = { body: ReadableStream<Uint8Array>; byteSize: number };

/** The stored file of `key` as a stream, or null when the key is invalid or names no file. */
export async function readMedia(key: string): Promise<StoredMedia | null> {
  if (!isMediaKey(key)) return null;
  const file = mediaFilePath(key);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return null;
  const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
  return { body, byteSize: info.size };
}

/**
 * Stores `bytes` under `key`, atomically: the bytes go to a temporary file in the same folder tree
 * first, then a rename puts it in place, so a reader never sees a half-written file.
 */
export async function writeMedia(key: string, bytes: Uint8Array, directory = mediaDirectory()): Promise<void> {
  const file = mediaFilePath(key, directory);
  const temporary = path.join(directory, '.tmp', `${randomBytes(8).toString('hex')}.part`);
  await mkdir(path.dirname(temporary), { recursive: true });
  await mkdir(path.dirname(file), { recursive: true });
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Removes the file of `key`; a file already gone is fine. */
export async function removeMedia(key: string, directory = mediaDirectory()): Promise<void> {
  await rm(mediaFilePath(key, directory), { force: true });
}
