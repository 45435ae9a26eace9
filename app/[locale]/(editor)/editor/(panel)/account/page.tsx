import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ChangePasswordForm } from '@/components/editor/auth/change-password-form';
import { EditorMessages } from '@/components/editor/shell/editor-messages';
import { requireEditorUser } from '@/lib/auth/current-user';
import { accountPath } from '@/lib/auth/editor-paths';
import { languageName } from '@/lib/i18n/language-names';
import { readLocaleParam } from '@/lib/reading/locale-param';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ passwordChanged?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = readLocaleParam((await params).locale);
  return { title: (await getTranslations({ locale, namespace: 'EditorAccount' }))('title') };
}

export default async function AccountPage({ params, searchParams }: Props) {
  const locale = readLocaleParam((await params).locale);
  setRequestLocale(locale);
  const user = await requireEditorUser(locale, accountPath(locale));
  const t = await getTranslations({ locale, namespace: 'EditorAccount' });
  const shell = await getTranslations({ locale, namespace: 'EditorShell' });
  const languages =
    user.role === 'TRANSLATOR' ? user.locales.map((code) => languageName(code, locale)).join(', ') : t('allLanguages');
  return (
    <>
      <h1>{t('title')}</h1>
      <section aria-labelledby="account-details">
        <h2 id="account-details">{t('details')}</h2>
        <dl className="account-details">
          <dt>{t('email')}</dt>
          <dd dir="ltr">{user.email}</dd>
          <dt>{t('role')}</dt>
          <dd>{shell(`roles.${user.role}`)}</dd>
          <dt>{t('languages')}</dt>
          <dd>{languages}</dd>
        </dl>
      </section>
      <section aria-labelledby="change-password">
        <h2 id="change-password">{t('changePassword')}</h2>
        <EditorMessages locale={locale} namespaces={['EditorShell', 'EditorAccount']}>
          <ChangePasswordForm locale={locale} changed={(await searchParams).passwordChanged === '1'} />
        </EditorMessages>
      </section>
    </>
  );
}
