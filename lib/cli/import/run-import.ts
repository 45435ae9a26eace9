import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PrismaClient } from '../../db/generated/client';
import { MAX_IMPORT_BYTES } from '../../import/decode';
import { proposeGroups } from '../../import/group';
import { ImportError } from '../../import/import-error';
import { importDocument, type ImportedDocument } from '../../import/import-document';
import { writeImportedAnnouncement } from '../../import/write-import';
import type { ImportArgs } from './args';
import type { ImportRow } from './summary-table';

export type FileResult = { file: string; document?: ImportedDocument; error?: string; group?: number; announcementId?: string };

export type Batch = { results: FileResult[]; groups: { number: number; files: string[]; reasons: string[] }[] };

type Progress = (done: number, total: number, file: string) => void;

async function readOne(file: string, args: ImportArgs): Promise<FileResult> {
  const name = path.basename(file);
  try {
    const info = await stat(file);
    if (!info.isFile()) return { file, error: `${name} is not a file` };
    if (info.size > MAX_IMPORT_BYTES) return { file, error: `${name} is larger than 2 MB (${(info.size / 1024 / 1024).toFixed(1)} MB).` };
    const document = importDocument(await readFile(file), { name, locale: args.locale });
    if (document.locale === null) return { file, document, error: `the language of ${name} is unknown; pass --locale` };
    return { file, document };
  } catch (error) {
    if (error instanceof ImportError) return { file, error: error.message };
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { file, error: `${name} does not exist` };
    throw error;
  }
}

/** Reads and cleans every file; one bad file is a result with an error, not the end of the batch. */
export async function readBatch(args: ImportArgs, progress: Progress): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const [index, file] of args.files.entries()) {
    progress(index, args.files.length, file);
    results.push(await readOne(file, args));
  }
  progress(args.files.length, args.files.length, '');
  return results;
}

/** Proposes which readable files are translations of one announcement, numbering the groups. */
export function groupBatch(results: FileResult[]): Batch {
  const readable = results.filter((result) => result.document && !result.error);
  const proposed = proposeGroups(readable.map((result) => result.document as ImportedDocument));
  const groups = proposed.map((group, index) => {
    const members = readable.filter((result) => result.document && group.members.includes(result.document));
    for (const member of members) member.group = index + 1;
    return { number: index + 1, files: members.map((member) => path.basename(member.file)), reasons: group.reasons };
  });
  return { results, groups };
}

/**
 * Writes each group as one announcement in its own transaction (the group's first file is the
 * source text): a failure leaves nothing of that announcement and does not stop the others.
 */
export async function writeBatch(prisma: PrismaClient, batch: Batch, args: ImportArgs, authorId: string | null): Promise<void> {
  for (const group of batch.groups) {
    const members = batch.results.filter((result) => result.group === group.number && result.document?.locale);
    try {
      const id = await prisma.$transaction((tx) =>
        writeImportedAnnouncement(
          tx,
          {
            translations: members.flatMap(({ document }) =>
              document?.locale ? [{ locale: document.locale, title: document.title, summary: document.summary, body: document.body }] : [],
            ),
            publishedAt: args.publish ? new Date() : undefined,
          },
          authorId,
        ),
      );
      for (const member of members) member.announcementId = id;
    } catch (error) {
      for (const member of members) member.error = `not imported: ${(error as Error).message.split('\n').at(-1) ?? 'database error'}`;
    }
  }
}

export function toRows(results: FileResult[], args: ImportArgs): ImportRow[] {
  return results.map((result) => ({
    file: path.basename(result.file),
    locale: result.document?.locale ?? null,
    confidence: result.document?.confidence ?? null,
    title: result.document?.title ?? '',
    removed: result.document?.removed.length ?? 0,
    warnings: result.document?.warnings.length ?? 0,
    outcome: result.error
      ? `refused: ${result.error}`
      : args.dryRun
        ? `would be announcement ${result.group ?? '?'}`
        : `${args.publish ? 'published' : 'draft'}, announcement ${result.group ?? '?'}`,
  }));
}
