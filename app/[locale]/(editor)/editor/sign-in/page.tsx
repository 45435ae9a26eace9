import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/editor/auth/sign-in-form';
import { EditorLocaleSwitcher } from '@/components/editor/shell/editor-locale-switcher';
import { EditorMessages } from '@/components/editor/shell/editor-messages';
import { getCurrentUser } from '@/lib/auth/current-user';
import { safeNextPath } from '@/lib/auth/next-path';
import { readLocaleParam } from '@/lib/reading/locale-param';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = readLocaleParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'EditorSignIn' });
  return { title: t('title') };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = readLocaleParam((await params).locale);
  setRequestLocale(locale);
  const requested = (await searchParams).next;
  const next = safeNextPath(Array.isArray(requested) ? requested[0] : requested, locale);
  if (await getCurrentUser()) redirect(next);
  const t = await getTranslations({ locale, namespace: 'EditorSignIn' });
  const shell = await getTranslations({ locale, namespace: 'EditorShell' });
  return (
    <main id="content" className="editor-sign-in" tabIndex={-1}>
      <p className="editor-product">{shell('productName')}</p>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <EditorMessages locale={locale} namespaces={['EditorShell', 'EditorSignIn']}>
        <SignInForm locale={locale} next={next} />
        <EditorLocaleSwitcher current={locale} />
      </EditorMessages>
    </main>
  );
}
