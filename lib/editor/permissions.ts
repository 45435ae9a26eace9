import type { EditorUser } from '../auth/editor-user';

/** Everything a signed-in person can try to do in the editor; checked in every query and action. */
export type EditorAction =
  | 'dashboard.view'
  | 'user.manage'
  | 'announcement.create'
  | 'announcement.import'
  | 'announcement.editMetadata'
  | 'announcement.delete'
  | 'announcement.restore'
  | 'announcement.purge'
  | 'audit.view'
  | 'media.upload'
  | 'media.remove'
  | 'media.editText'
  | 'translation.view'
  | 'translation.edit'
  | 'translation.submit'
  | 'translation.publish'
  | 'translation.schedule'
  | 'translation.unpublish'
  | 'translation.archive'
  | 'translation.markMinor';

/** The translation an action is about: its locale, and whether it is the announcement's source text. */
export type TranslationScope = { locale: string; isSource: boolean };

const editorOnly: ReadonlySet<EditorAction> = new Set([
  'announcement.create',
  'announcement.import',
  'media.upload',
  'media.remove',
  'announcement.editMetadata',
  'announcement.delete',
  'announcement.restore',
  'translation.publish',
  'translation.schedule',
  'translation.unpublish',
  'translation.archive',
  'translation.markMinor',
]);

// A translator works on the texts of their own locales, never on the source text, which the
// translations are made from and which only editors change. The cover's alt text and caption
// follow the same rule: a translator describes the image in their own languages.
const translatorOnOwnLocales: ReadonlySet<EditorAction> = new Set([
  'translation.edit',
  'translation.submit',
  'media.editText',
]);

// Irreversible or about other people: deleting for good, reading who did what, managing accounts.
const adminOnly: ReadonlySet<EditorAction> = new Set(['user.manage', 'announcement.purge', 'audit.view']);

export function isAllowed(user: EditorUser | null, action: EditorAction, scope?: TranslationScope): boolean {
  if (!user) return false;
  if (user.role === 'ADMIN') return true;
  if (adminOnly.has(action)) return false;
  if (user.role === 'EDITOR') return true;
  if (editorOnly.has(action)) return false;
  if (action === 'dashboard.view' || action === 'translation.view') return true;
  if (!translatorOnOwnLocales.has(action) || !scope) return false;
  return !scope.isSource && (user.locales as readonly string[]).includes(scope.locale);
}

/**
 * Who may see a text before readers do: editors and admins, and translators of that language (a
 * translator of another language has no business with an unpublished text there).
 */
export function canPreviewDraft(user: EditorUser | null, locale: string): boolean {
  if (!user || !isAllowed(user, 'translation.view')) return false;
  return user.role !== 'TRANSLATOR' || (user.locales as readonly string[]).includes(locale);
}
