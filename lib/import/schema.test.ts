import { describe, expect, it } from 'vitest';
import { pathErrorsOf } from '../editor/zod-errors';
import { MAX_IMPORT_BYTES } from './decode';
import { importConfirmSchema, importUploadSchema, MAX_IMPORT_FILES } from './schema';

const file = (name: string, bytes = 10) => new File([new Uint8Array(bytes).fill(65)], name, { type: 'text/plain' });
const uploadErrors = (input: unknown) => {
  const parsed = importUploadSchema.safeParse(input);
  return parsed.success ? {} : pathErrorsOf(parsed.error);
};
let nextKey = 0;
const member = (locale: string, title = 'Forum', key = String(nextKey++)) => ({ key, name: 'a.txt', locale, title, summary: '', body: 'Text.', slug: '' });
const token = '3b241101-e2bb-4255-8caf-4136c566a962';

describe('importUploadSchema', () => {
  it('takes files and pasted text, ignoring an empty file input', () => {
    const parsed = importUploadSchema.parse({ files: [file('a.txt'), new File([], '')], text: 'Pasted' });
    expect(parsed.files.map((chosen) => chosen.name)).toEqual(['a.txt']);
    expect(parsed.text).toBe('Pasted');
  });

  it('asks for a file or a text', () => {
    expect(uploadErrors({ files: new File([], ''), text: '  ' })).toEqual({ files: ['nothingToImport'] });
  });

  it('refuses too many files and a batch too large to send, but not one large file', () => {
    expect(uploadErrors({ files: Array.from({ length: MAX_IMPORT_FILES + 1 }, (_, n) => file(`${n}.txt`)) })).toEqual({ files: ['tooManyFiles'] });
    expect(uploadErrors({ files: Array.from({ length: MAX_IMPORT_FILES }, (_, n) => file(`${n}.txt`, MAX_IMPORT_BYTES + 1)) })).toEqual({
      files: ['batchTooLarge'],
    });
    expect(uploadErrors({ files: [file('large.txt', MAX_IMPORT_BYTES + 1)] })).toEqual({});
  });
});

describe('importConfirmSchema', () => {
  it('accepts announcements of texts in different languages', () => {
    const parsed = importConfirmSchema.parse({ token, groups: [{ members: [member('en'), member('zh')] }] });
    expect(parsed.groups[0]?.members.map((text) => text.locale)).toEqual(['en', 'zh']);
    expect(parsed.groups[0]?.members[0]?.slug).toBeUndefined();
  });

  it('names the field of the text that needs attention', () => {
    const parsed = importConfirmSchema.safeParse({ token, groups: [{ members: [member('en')] }, { members: [member('fr'), member('fr', ' ')] }] });
    expect(parsed.success ? {} : pathErrorsOf(parsed.error)).toEqual({
      'groups.1.members.1.title': ['required'],
      'groups.1.members.1.locale': ['duplicateLocale'],
    });
  });

  it('wants a chosen language and a token from the preview', () => {
    const parsed = importConfirmSchema.safeParse({ token: 'again', groups: [{ members: [member('')] }] });
    expect(parsed.success ? {} : pathErrorsOf(parsed.error)).toEqual({ token: ['invalid'], 'groups.0.members.0.locale': ['required'] });
  });

  it('accepts a proposed announcement split in two, each text on its own', () => {
    const parsed = importConfirmSchema.safeParse({ token, groups: [{ members: [member('en', 'Forum', '0')] }, { members: [member('zh', '论坛', '1')] }] });
    expect(parsed.success).toBe(true);
  });

  it('refuses a text moved into an announcement that already has its language', () => {
    const groups = [{ members: [member('en', 'Forum', '0'), member('zh', '论坛', '1'), member('zh', '会议', '2')] }];
    const parsed = importConfirmSchema.safeParse({ token, groups });
    expect(parsed.success ? {} : pathErrorsOf(parsed.error)).toEqual({ 'groups.0.members.2.locale': ['duplicateLocale'] });
  });

  it('refuses one text in two announcements', () => {
    const parsed = importConfirmSchema.safeParse({ token, groups: [{ members: [member('en', 'Forum', '4')] }, { members: [member('zh', '论坛', '4')] }] });
    expect(parsed.success ? {} : pathErrorsOf(parsed.error)).toEqual({ 'groups.1.members.0.key': ['invalid'] });
  });
});
