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
    groups.forEach((group, groupIndex) => {
      const seen = new Set<string>();
      group.members.forEach((member, memberIndex) => {
        if (seen.has(member.locale)) {
          context.addIssue({ code: 'custom', path: ['groups', groupIndex, 'members', memberIndex, 'locale'], message: 'duplicateLocale' });
        }
        seen.add(member.locale);
      });
    });
  });
export type ImportConfirm = z.infer<typeof importConfirmSchema>;

/** The key of a member's field in field errors, as the confirm form looks it up. */
export function memberFieldKey(group: number, member: number, field: string): string {
  return `groups.${group}.members.${member}.${field}`;
}
