import { readFile, stat } from 'node:fs/promises';
import { isMediaKey, mediaFilePath, writeMedia } from '../media/storage';
import { ArchiveError } from './archive-format';

// Media files of a backup, in a folder given explicitly (the CLI passes DATA_DIR/media), so an
// export and a restore can use two folders in one process.

/** The bytes of `key`, or null when the file is missing. */
export async function readMediaFile(directory: string, key: string): Promise<Buffer | null> {
  return readFile(mediaFilePath(key, directory)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
}

/** Writes a file the archive holds; refuses to replace a file that exists (it may be someone's data). */
export async function writeNewMediaFile(directory: string, key: string, bytes: Uint8Array): Promise<void> {
  if (!isMediaKey(key)) throw new ArchiveError(`the archive names an invalid media key: ${JSON.stringify(key)}`);
  const file = mediaFilePath(key, directory);
  if (await stat(file).then(() => true, () => false)) {
    throw new Error(`the media file ${file} exists already: restore into an empty media folder`);
  }
  await writeMedia(key, bytes, directory);
}
