import '../validation/jitless-zod';
import { z } from 'zod';

// The backup archive is gzip-compressed NDJSON: one header line, then one line per table row, then
// one line per media file, then a trailer that counts what came before. The trailer is how a reader
// tells a complete archive from one cut short at a line boundary.

export const ARCHIVE_FORMAT = 'forum-portal-backup';
export const ARCHIVE_VERSION = 1;

const headerSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(ARCHIVE_VERSION),
  exportedAt: z.iso.datetime(),
  migrations: z.array(z.string().min(1)),
  tables: z.array(z.string().min(1)),
  passwordHashes: z.boolean(),
});

const rowSchema = z.object({ table: z.string().min(1), row: z.record(z.string(), z.unknown()) });
const mediaSchema = z.object({ media: z.string().min(1), data: z.base64() });
const trailerSchema = z.object({
  end: z.literal(true),
  rows: z.record(z.string(), z.number().int().min(0)),
  media: z.number().int().min(0),
});

export type ArchiveHeader = z.infer<typeof headerSchema>;
export type ArchiveTrailer = z.infer<typeof trailerSchema>;
export type ArchiveLine =
  | { kind: 'row'; table: string; row: Record<string, unknown> }
  | { kind: 'media'; key: string; bytes: Buffer }
  | { kind: 'end'; trailer: ArchiveTrailer };

/** A problem with the archive itself (as opposed to the database): the CLI names it and exits 1. */
export class ArchiveError extends Error {}

export function formatHeader(header: ArchiveHeader): string {
  return `${JSON.stringify(header)}\n`;
}

/** A row line; `rowJson` is the row as PostgreSQL wrote it (to_jsonb), kept verbatim so no value is re-encoded. */
export function formatRowLine(table: string, rowJson: string): string {
  return `{"table":${JSON.stringify(table)},"row":${rowJson}}\n`;
}

export function formatMediaLine(key: string, bytes: Uint8Array): string {
  return `${JSON.stringify({ media: key, data: Buffer.from(bytes).toString('base64') })}\n`;
}

export function formatTrailer(trailer: ArchiveTrailer): string {
  return `${JSON.stringify(trailer)}\n`;
}

function parseJson(text: string, lineNumber: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ArchiveError(`line ${lineNumber} is not valid JSON (the archive is damaged or cut short)`);
  }
}

/** The first line; anything else means the file is not a backup of this portal (or of a newer format). */
export function parseHeader(text: string): ArchiveHeader {
  const value = parseJson(text, 1);
  const format = typeof value === 'object' && value !== null && 'format' in value ? value.format : undefined;
  if (format !== ARCHIVE_FORMAT) throw new ArchiveError(`not a Forum Portal backup (the first line names no format "${ARCHIVE_FORMAT}")`);
  const version = 'version' in (value as object) ? (value as { version: unknown }).version : undefined;
  if (version !== ARCHIVE_VERSION) throw new ArchiveError(`backup format version ${String(version)} is not supported (this checkout reads version ${ARCHIVE_VERSION})`);
  const parsed = headerSchema.safeParse(value);
  if (!parsed.success) throw new ArchiveError(`the header line is malformed: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`);
  return parsed.data;
}

/** Any line after the header. */
export function parseLine(text: string, lineNumber: number): ArchiveLine {
  const value = parseJson(text, lineNumber);
  const row = rowSchema.safeParse(value);
  if (row.success) return { kind: 'row', table: row.data.table, row: row.data.row };
  const media = mediaSchema.safeParse(value);
  if (media.success) return { kind: 'media', key: media.data.media, bytes: Buffer.from(media.data.data, 'base64') };
  const trailer = trailerSchema.safeParse(value);
  if (trailer.success) return { kind: 'end', trailer: trailer.data };
  throw new ArchiveError(`line ${lineNumber} is neither a table row, a media file nor the end marker`);
}
