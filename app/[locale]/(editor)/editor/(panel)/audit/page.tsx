import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { auditPagePath } from '@/components/editor/audit/audit-paths';
import { AuditFilters } from '@/components/editor/audit/audit-filters';
import { AuditTable } from '@/components/editor/audit/audit-table';
import { PageLinks } from '@/components/editor/shell/page-links';
import { listAuditEvents } from '@/lib/audit/queries';
import { auditFilterSchema, readAuditSearchParams } from '@/lib/audit/schema';
import { requireEditorUser } from '@/lib/auth/current-user';
import { auditPath } from '@/lib/auth/editor-paths';
import { isAllowed } from '@/lib/editor/permissions';
import { fieldErrorsOf } from '@/lib/editor/zod-errors';
import { readLocaleParam } from '@/lib/reading/locale-param';
import '@/app/styles/editor-records.css';

// Per person and per request: never prerendered or cached.
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const filterFields = ['actor', 'action', 'targetType', 'from', 'to', 'page'] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = readLocaleParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'EditorAudit' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

/** Who did what and when, for administrators. */
export default async function AuditPage({ params, searchParams }: Props) {
  const locale = readLocaleParam((await params).locale);
  setRequestLocale(locale);
  const user = await requireEditorUser(locale, auditPath(locale));
  const [t, format] = await Promise.all([getTranslations('EditorAudit'), getFormatter()]);
  if (!isAllowed(user, 'audit.view')) {
    return (
      <>
        <h1>{t('title')}</h1>
        <p>{t('notAllowed')}</p>
      </>
    );
  }
  const values = readAuditSearchParams(await searchParams);
  const parsed = auditFilterSchema.safeParse(values);
  // With a bad filter nothing is listed, so an unfiltered log is never mistaken for a filtered one.
  const log = await listAuditEvents(user, parsed.success ? parsed.data : {});
  if (!log) return null;
  const invalid = parsed.success ? [] : filterFields.filter((field) => fieldErrorsOf(parsed.error)[field]);
  const page = parsed.success ? log.page : 1;
  const pageHref = (number: number) => auditPagePath(locale, { ...values, page: number });

  return (
    <div className="editor-records">
      <h1>{t('title')}</h1>
      <AuditFilters uiLocale={locale} values={values} actors={log.actors} />
      <div role="alert">
        {invalid.length > 0 ? (
          <p className="form-message form-message-error">{t('invalidFilters', { fields: format.list(invalid.map((field) => t(`fieldNames.${field}`))) })}</p>
        ) : null}
      </div>
      {invalid.length > 0 ? null : log.rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          <AuditTable uiLocale={locale} rows={log.rows} />
          <PageLinks
            label={t('pagination')}
            status={t('pageStatus', { page })}
            previous={page > 1 ? { href: pageHref(page - 1), label: t('previous') } : null}
            next={log.hasNext ? { href: pageHref(page + 1), label: t('next') } : null}
          />
        </>
      )}
    </div>
  );
}
