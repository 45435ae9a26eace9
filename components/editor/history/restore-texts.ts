import 'server-only';
import { getTranslations } from 'next-intl/server';
import { editorErrorCodes, type EditorErrorCode } from '@/lib/editor/errors';
import type { RestoreTexts } from './restore-revision-form';

/**
 * The restore form's texts, translated on the server: client components get no messages (see
 * app/[locale]/layout.tsx). Placeholders stay in: the form fills in the new revision's number.
 */
export async function getRestoreTexts(): Promise<RestoreTexts> {
  const [t, errors] = await Promise.all([getTranslations('EditorHistory'), getTranslations('EditorErrors')]);
  return {
    button: t('restoreButton'),
    context: t.raw('restoreContext') as string,
    pending: t('restoring'),
    restored: t.raw('restored') as string,
    restoredUnpublished: t('restoredUnpublished'),
    conflictHint: t('conflictHint'),
    errors: Object.fromEntries(editorErrorCodes.map((code) => [code, errors(code)])) as Record<EditorErrorCode, string>,
  };
}
