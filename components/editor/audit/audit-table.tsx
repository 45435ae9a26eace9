import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { summarizeDetails } from '@/lib/audit/details';
import type { AuditRow, AuditTargetLink } from '@/lib/audit/queries';
import { isAuditTargetType } from '@/lib/audit/schema';
import { usersPath } from '@/lib/auth/editor-paths';
import type { Locale } from '@/lib/i18n/locales';
import { announcementEditorPath, translationEditorPath } from '@/lib/auth/editor-paths';
import { editorDateTime } from '../translation/date-format';
import { actionName } from './action-name';

function hrefOf(uiLocale: Locale, link: AuditTargetLink): string {
  if (link.kind === 'announcement') return announcementEditorPath(uiLocale, link.announcementId);
  if (link.kind === 'translation') return translationEditorPath(uiLocale, link.announcementId, link.locale);
  return usersPath(uiLocale);
}

/** The log's events, newest first: when, who, what, on what (linked while it exists), details. */
export function AuditTable({ uiLocale, rows }: { uiLocale: Locale; rows: AuditRow[] }) {
  const t = useTranslations('EditorAudit');
  const format = useFormatter();
  const typeName = (type: string) => (isAuditTargetType(type) ? t(`targetTypes.${type}`) : type);
  return (
    <table className="records-table">
      <caption>{t('caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('columnWhen')}</th>
          <th scope="col">{t('columnActor')}</th>
          <th scope="col">{t('columnAction')}</th>
          <th scope="col">{t('columnTarget')}</th>
          <th scope="col">{t('columnDetails')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const target = (
            <>
              {typeName(row.targetType)} <code>{row.targetId}</code>
            </>
          );
          return (
            <tr key={row.id}>
              <td>
                <time dateTime={row.createdAt.toISOString()}>{format.dateTime(row.createdAt, editorDateTime)}</time>
              </td>
              <td>{row.actor ?? t('unknownActor')}</td>
              <td>{actionName(t, row.action)}</td>
              <td>{row.link ? <Link href={hrefOf(uiLocale, row.link)}>{target}</Link> : target}</td>
              <td className="record-details">{summarizeDetails(row.details)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
