'use client';

import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/auth/action-result';

/** The reason a form was refused as a whole, in the editor's language; announced when it appears. */
export function FormError({ state }: { state: ActionResult | null }) {
  const t = useTranslations('EditorShell.formErrors');
  if (!state || state.ok || !state.formError) return null;
  const message =
    state.formError === 'throttled' ? t('throttled', { minutes: state.retryAfterMinutes ?? 15 }) : t(state.formError);
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}
