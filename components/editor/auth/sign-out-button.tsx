import { useTranslations } from 'next-intl';
import { signOutAction } from '@/lib/auth/actions';
import type { Locale } from '@/lib/i18n/locales';

/** A form, not a link: signing out changes state, and it works without JavaScript. */
export function SignOutButton({ locale }: { locale: Locale }) {
  const t = useTranslations('EditorShell');
  return (
    <form action={signOutAction} className="sign-out">
      <input type="hidden" name="locale" value={locale} />
      <button type="submit">{t('signOut')}</button>
    </form>
  );
}
