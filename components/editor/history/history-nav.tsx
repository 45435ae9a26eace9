import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { dashboardPath, translationEditorPath } from '@/lib/auth/editor-paths';
import type { Locale } from '@/lib/i18n/locales';

type Props = { uiLocale: Locale; announcementId: string; contentLocale: Locale };

/** Ways out of the history: the translation's editor and the dashboard. */
export async function HistoryNav({ uiLocale, announcementId, contentLocale }: Props) {
  const t = await getTranslations('EditorHistory');
  return (
    <nav className="history-nav" aria-label={t('navLabel')}>
      <ul>
        <li>
          <Link href={translationEditorPath(uiLocale, announcementId, contentLocale)}>{t('backToEditor')}</Link>
        </li>
        <li>
          <Link href={dashboardPath(uiLocale)}>{t('dashboard')}</Link>
        </li>
      </ul>
    </nav>
  );
}
