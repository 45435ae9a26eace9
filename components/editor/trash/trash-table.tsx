import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import { isLocale, localeInfo } from '@/lib/i18n/locales';
import type { TrashPage } from '@/lib/trash/queries';
import { announcementEditorPath } from '@/lib/auth/editor-paths';
import type { ErrorTexts } from '../announcement/form-feedback';
import { editorDateTime } from '../translation/date-format';
import { PurgeForm } from './purge-form';
import { RestoreForm, type TrashAction } from './restore-form';

type Props = {
  uiLocale: Locale;
  trash: TrashPage;
  restoreAction: TrashAction;
  purgeAction: TrashAction;
  errorTexts: ErrorTexts;
};

/** The deleted announcements, each with "Restore" and, for administrators, "Delete permanently". */
export function TrashTable({ uiLocale, trash, restoreAction, purgeAction, errorTexts }: Props) {
  const t = useTranslations('EditorTrash');
  const format = useFormatter();
  return (
    <table className="records-table">
      <caption>{t('caption', { count: trash.total })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('columnTitle')}</th>
          <th scope="col">{t('columnDeletedAt')}</th>
          <th scope="col">{t('columnDeletedBy')}</th>
          <th scope="col">{t('columnActions')}</th>
        </tr>
      </thead>
      <tbody>
        {trash.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row" lang={row.titleLocale} dir={isLocale(row.titleLocale) ? localeInfo[row.titleLocale].dir : undefined}>
              <Link href={announcementEditorPath(uiLocale, row.id)}>{row.title}</Link>
            </th>
            <td>
              <time dateTime={row.deletedAt.toISOString()}>{format.dateTime(row.deletedAt, editorDateTime)}</time>
            </td>
            <td>{row.deletedBy ?? t('unknownPerson')}</td>
            <td className="record-actions">
              <RestoreForm
                announcementId={row.id}
                restoreAction={restoreAction}
                labels={{ restore: t('restore'), restoring: t('restoring') }}
                errorTexts={errorTexts}
              />
              {trash.canPurge ? (
                <PurgeForm
                  announcementId={row.id}
                  confirmLabel={t('purgeConfirm', { title: row.title })}
                  purgeAction={purgeAction}
                  labels={{ purge: t('purge'), purging: t('purging') }}
                  errorTexts={errorTexts}
                />
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
