import { describe, expect, it } from 'vitest';
import type { EditorUser } from '../auth/editor-user';
import { canPreviewDraft } from './permissions';

const person = (role: EditorUser['role'], locales: EditorUser['locales'] = []): EditorUser => ({
  id: 'u',
  email: 'u@example.test',
  name: null,
  role,
  locales,
});

describe('canPreviewDraft', () => {
  it('lets editors and admins preview every language', () => {
    expect(canPreviewDraft(person('EDITOR'), 'ar')).toBe(true);
    expect(canPreviewDraft(person('ADMIN'), 'zh')).toBe(true);
  });

  it('lets translators preview their own languages only', () => {
    expect(canPreviewDraft(person('TRANSLATOR', ['fr', 'de']), 'fr')).toBe(true);
    expect(canPreviewDraft(person('TRANSLATOR', ['fr', 'de']), 'ar')).toBe(false);
  });

  it('shows nothing to someone signed out', () => {
    expect(canPreviewDraft(null, 'en')).toBe(false);
  });
});
