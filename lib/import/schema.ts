import '../validation/jitless-zod';
import { z } from 'zod';
import { locales } from '../i18n/locales';
import { translationTextShape } from '../editor/schema';
import { MAX_IMPORT_BYTES } from './decode';

// The import screen's two forms, shared by the forms (checked before sending) and the actions.
// Messages are editor error codes (lib/editor/errors.ts).

export const MAX_IMPORT_FILES = 10;
/** Everything one upload may send; a single file over MAX_IMPORT_BYTES is refused by name, not the batch. */
export const MAX_BATCH_BYTES = MAX_IMPORT_FILES * MAX_IMPORT_BYTES;
/** Pasted text: two million characters, the size of the largest file the pipeline reads. */
export const MAX_PASTED_CHARS = MAX_IMPORT_BYTES;

// A file input left empty still sends one nameless, empty file.
const isChosenFile = (value: unknown) => !(value instanceof File && value.name === '' && value.size === 0);

export const importUploadSchema = z
  .object({
    files: z.preprocess(
      (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter(isChosenFile),
      z.array(z.file({ error: 'invalid' })).max(MAX_IMPORT_FILES, { error: 'tooManyFiles' }),
    ),
    text: z.string({ error: 'invalid' }).max(MAX_PASTED_CHARS, { error: 'tooLong' }).default(''),
  })
  .superRefine(({ files, text }, context) => {
    if (files.length === 0 && text.trim() === '') context.addIssue({ code: 'custom', path: ['files'], message: 'nothingToImport' });
    if (files.reduce((total, file) => total + file.size, 0) > MAX_BATCH_BYTES) {
      context.addIssue({ code: 'custom', path: ['files'], message: 'batchTooLarge' });
    }
  });
export type ImportUpload = z.infer<typeof importUploadSchema>;

const memberSchema = z.object({
  // The document's key in the preview: which documents went into which announcement makes the
  // confirmation's import key, so a regrouped batch is told apart from a repeated one.
  key: z.string({ error: 'invalid' }).regex(/^\d{1,3}$/, { error: 'invalid' }),
  // The file the text came from ('' for pasted text), recorded in the audit.
  name: z.string().max(300, { error: 'tooLong' }).default(''),
  locale: z.enum(locales, { error: 'required' }),
  ...translationTextShape,
});
export type ImportMember = z.infer<typeof memberSchema>;

const groupSchema = z.object({ members: z.array(memberSchema).min(1, { error: 'required' }).max(locales.length, { error: 'duplicateLocale' }) });

/** What "Create drafts" sends: per proposed announcement, its texts (the first is the source). */
export const importConfirmSchema = z
  .object({
    // Made by the preview; the same token and group number never create a second announcement.
    token: z.uuid({ error: 'invalid' }),
    groups: z.array(groupSchema).min(1, { error: 'nothingToImport' }).max(MAX_IMPORT_FILES + 1, { error: 'tooManyFiles' }),
  })
  .superRefine(({ groups }, context) => {
    // The editor may split a proposed announcement or move a text into another: every text goes
    // into exactly one announcement, and an announcement has at most one text per language.
    const documents = new Set<string>();
    groups.forEach((group, groupIndex) => {
      const seen = new Set<string>();
      group.members.forEach((member, memberIndex) => {
        const path = ['groups', groupIndex, 'members', memberIndex];
        if (seen.has(member.locale)) context.addIssue({ code: 'custom', path: [...path, 'locale'], message: 'duplicateLocale' });
        if (documents.has(member.key)) context.addIssue({ code: 'custom', path: [...path, 'key'], message: 'invalid' });
        seen.add(member.locale);
        documents.add(member.key);
      });
    });
  });
export type ImportConfirm = z.infer<typeof importConfirmSchema>;

const editedText = z.string({ error: 'invalid' }).max(MAX_PASTED_CHARS, { error: 'tooLong' }).default('');

/** A document's edited text and the language the editor chose for it, to clean again for that language. */
export const importRecleanSchema = z.object({
  locale: z.enum(locales, { error: 'required' }),
  title: editedText,
  summary: editedText,
  body: editedText,
});

/** The key of a member's field in field errors, as the confirm form looks it up. */
export function memberFieldKey(group: number, member: number, field: string): string {
  return `groups.${group}.members.${member}.${field}`;
}
