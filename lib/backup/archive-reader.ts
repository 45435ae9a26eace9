import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { ArchiveError, parseHeader, parseLine, type ArchiveHeader, type ArchiveLine } from './archive-format';

type ZlibError = Error & { code?: string };

function describeReadError(error: unknown, file: string): Error {
  if (error instanceof ArchiveError) return error;
  const { code, message } = error as ZlibError;
  if (code === 'ENOENT') return new ArchiveError(`no file ${file}`);
  if (code === 'Z_DATA_ERROR') return new ArchiveError(`${file} is not a gzip file (or its compressed data is damaged)`);
  if (code === 'Z_BUF_ERROR') return new ArchiveError(`${file} is cut short (the compressed data ends early)`);
  return new ArchiveError(`reading ${file} failed: ${message}`);
}

export type OpenArchive = {
  header: ArchiveHeader;
  lines: AsyncGenerator<Exclude<ArchiveLine, { kind: 'end' }>>;
  /** Stops reading (the lines need not have been read to the end). */
  close(): void;
};

function countMismatch(expected: Record<string, number>, seen: Map<string, number>): string | null {
  const tables = new Set([...Object.keys(expected), ...seen.keys()]);
  for (const table of tables) {
    if ((expected[table] ?? 0) !== (seen.get(table) ?? 0)) {
      return `the end marker counts ${expected[table] ?? 0} rows of ${table}, the archive holds ${seen.get(table) ?? 0}`;
    }
  }
  return null;
}

/**
 * Reads an archive line by line without holding it in memory. The header is read and checked at
 * once; the remaining lines are yielded as they come, and the generator throws an ArchiveError if
 * the archive is damaged, cut short or its end marker disagrees with what came before — so a caller
 * must treat everything it did with the lines as provisional until the generator has finished.
 */
export async function openArchive(file: string): Promise<OpenArchive> {
  const input = createReadStream(file);
  const gunzip = createGunzip();
  let streamError: unknown = null;
  const onError = (error: unknown) => {
    streamError ??= error;
    reader.close();
  };
  input.on('error', onError);
  gunzip.on('error', onError);
  const reader = createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity });
  // readline passes its input's errors on as its own 'error' event, which would otherwise go uncaught.
  reader.on('error', onError);
  const iterator = reader[Symbol.asyncIterator]();

  async function next(): Promise<string | null> {
    const result = await iterator.next().catch((error: unknown) => Promise.reject(describeReadError(error, file)));
    if (streamError) throw describeReadError(streamError, file);
    return result.done ? null : result.value;
  }

  const first = await next().catch((error: unknown) => {
    input.destroy();
    throw error;
  });
  if (first === null) throw new ArchiveError(`${file} is empty`);
  let header: ArchiveHeader;
  try {
    header = parseHeader(first);
  } catch (error) {
    input.destroy();
    throw error;
  }

  async function* lines(): OpenArchive['lines'] {
    const rows = new Map<string, number>();
    let media = 0;
    let lineNumber = 1;
    try {
      for (let text = await next(); text !== null; text = await next()) {
        lineNumber += 1;
        const line = parseLine(text, lineNumber);
        if (line.kind === 'end') {
          if ((await next()) !== null) throw new ArchiveError(`lines follow the end marker (line ${lineNumber})`);
          const mismatch = countMismatch(line.trailer.rows, rows);
          if (mismatch) throw new ArchiveError(mismatch);
          if (line.trailer.media !== media) throw new ArchiveError(`the end marker counts ${line.trailer.media} media files, the archive holds ${media}`);
          return;
        }
        if (line.kind === 'row') rows.set(line.table, (rows.get(line.table) ?? 0) + 1);
        else media += 1;
        yield line;
      }
      throw new ArchiveError(`${file} is cut short: it ends without the end marker (after line ${lineNumber})`);
    } finally {
      input.destroy();
    }
  }

  return { header, lines: lines(), close: () => input.destroy() };
}
