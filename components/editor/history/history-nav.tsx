import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { editorPathnames } from './history-paths';

type Props = { announcementId: string; contentLocale: string };

/** Ways out of the history: the translation's editor and the dashboard. */
export async function HistoryNav({ announcementId, contentLocale }: Props) {
  const t = await getTranslations('EditorHistory');
  return (
    <nav className="history-nav" aria-label={t('navLabel')}>
      <ul>
        <li>
          <Link href={editorPathnames.translation(announcementId, contentLocale)}>{t('backToEditor')}</Link>
        </li>
        <li>
          <Link href={editorPathnames.dashboard()}>{t('dashboard')}</Link>
        </li>
      </ul>
    </nav>
  );
}
