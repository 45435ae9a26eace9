import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { UserCreateForm } from '@/components/editor/auth/user-create-form';
import { UsersTable } from '@/components/editor/auth/users-table';
import { EditorMessages } from '@/components/editor/shell/editor-messages';
import { requireEditorUser } from '@/lib/auth/current-user';
import { usersPath } from '@/lib/auth/editor-paths';
import { readLocaleParam } from '@/lib/reading/locale-param';
import { listUsers } from '@/lib/users/queries';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = readLocaleParam((await params).locale);
  return { title: (await getTranslations({ locale, namespace: 'EditorUsers' }))('title') };
}

export default async function UsersPage({ params }: Props) {
  const locale = readLocaleParam((await params).locale);
  setRequestLocale(locale);
  const user = await requireEditorUser(locale, usersPath(locale));
  const users = await listUsers(user);
  const t = await getTranslations({ locale, namespace: 'EditorUsers' });
  if (!users) {
    return (
      <>
        <h1>{t('title')}</h1>
        <p>{t('notAllowed')}</p>
      </>
    );
  }
  return (
    <>
      <h1>{t('title')}</h1>
      <EditorMessages locale={locale} namespaces={['EditorShell', 'EditorUsers']}>
        <section aria-labelledby="new-account">
          <h2 id="new-account">{t('createTitle')}</h2>
          <UserCreateForm />
        </section>
        <UsersTable users={users} currentUserId={user.id} locale={locale} />
      </EditorMessages>
    </>
  );
}
