import type { ReactNode } from 'react';
import { setRequestLocale } from 'next-intl/server';
import { EditorHeader } from '@/components/editor/shell/editor-header';
import { EditorMessages } from '@/components/editor/shell/editor-messages';
import { SkipLink } from '@/components/site/skip-link';
import { getCurrentUser } from '@/lib/auth/current-user';
import { readLocaleParam } from '@/lib/reading/locale-param';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/**
 * The editor's frame for signed-in users. It does not redirect: every page requires its user itself
 * (requireEditorUser with its own address, to come back to after signing in), and a layout cannot
 * know the address. Without a user it draws no frame and leaves the redirect to the page.
 */
export default async function PanelLayout({ children, params }: Props) {
  const locale = readLocaleParam((await params).locale);
  setRequestLocale(locale);
  const user = await getCurrentUser();
  if (!user) return children;
  return (
    <>
      <SkipLink />
      <EditorMessages locale={locale} namespaces={['EditorShell']}>
        <EditorHeader user={user} locale={locale} />
      </EditorMessages>
      <main id="content" className="editor-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
