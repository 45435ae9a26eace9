import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { errorTextsOf } from '@/components/editor/announcement/error-texts';
import { ImportWorkspace } from '@/components/editor/import/import-workspace';
import { EditorMessages } from '@/components/editor/shell/editor-messages';
import { requireEditorUser } from '@/lib/auth/current-user';
import { importPath } from '@/lib/auth/editor-paths';
import { isAllowed } from '@/lib/editor/permissions';
import { readLocaleParam } from '@/lib/reading/locale-param';
import '@/app/styles/editor-announcement.css';
import '@/app/styles/editor-import.css';

// Editor pages show what the signed-in person may see: rendered for each request, never cached.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = readLocaleParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'EditorImport' });
  return { title: t('heading'), robots: { index: false } };
}

export default async function ImportPage({ params }: Props) {
  const locale = readLocaleParam((await params).locale);
  setRequestLocale(locale);
  const user = await requireEditorUser(locale, importPath(locale));
  const t = await getTranslations('EditorImport');
  if (!isAllowed(user, 'announcement.import')) {
    return (
      <div className="editor-announcement">
        <h1>{t('notAllowedHeading')}</h1>
        <p role="alert">{t('notAllowed')}</p>
      </div>
    );
  }
  return (
    <div className="editor-announcement editor-import">
      <h1>{t('heading')}</h1>
      <p>{t('intro')}</p>
      <EditorMessages locale={locale} namespaces={['EditorImport']}>
        <ImportWorkspace uiLocale={locale} errorTexts={await errorTextsOf(locale)} />
      </EditorMessages>
    </div>
  );
}
