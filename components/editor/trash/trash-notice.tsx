import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
import type { EditorUser } from '@/lib/auth/editor-user';
import { trashPath } from '@/lib/auth/editor-paths';
import { isAllowed } from '@/lib/editor/permissions';
import type { Locale } from '@/lib/i18n/locales';
import { isInTrash } from '@/lib/trash/queries';

/**
 * What an announcement's editor pages show once it is deleted: that it is in the trash, with the
 * way back for those who may restore it. Anything else missing is a 404.
 */
export async function trashNoticeOrNotFound(user: EditorUser, announcementId: string, uiLocale: Locale): Promise<ReactElement> {
  if (!(await isInTrash(user, announcementId))) notFound();
  const t = await getTranslations('EditorTrash');
  return (
    <div className="editor-trash-notice">
      <h1>{t('noticeHeading')}</h1>
      <p>{t('noticeText')}</p>
      {isAllowed(user, 'announcement.restore') ? (
        <p>
          <Link href={trashPath(uiLocale)}>{t('noticeLink')}</Link>
        </p>
      ) : null}
    </div>
  );
}
