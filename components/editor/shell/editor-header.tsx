import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { SignOutButton } from '@/components/editor/auth/sign-out-button';
import type { EditorUser } from '@/lib/auth/editor-user';
import { dashboardPath } from '@/lib/auth/editor-paths';
import { isAllowed } from '@/lib/editor/permissions';
import type { Locale } from '@/lib/i18n/locales';
import { EditorLocaleSwitcher } from './editor-locale-switcher';
import { EditorNav } from './editor-nav';

export function EditorHeader({ user, locale }: { user: EditorUser; locale: Locale }) {
  const t = useTranslations('EditorShell');
  return (
    <header className="editor-header">
      <p className="editor-product">
        <Link href={dashboardPath(locale)}>{t('productName')}</Link>
      </p>
      <EditorNav
        locale={locale}
        canManageUsers={isAllowed(user, 'user.manage')}
        canImport={isAllowed(user, 'announcement.import')}
        canUseTrash={isAllowed(user, 'announcement.restore')}
        canViewAudit={isAllowed(user, 'audit.view')}
      />
      <p className="editor-user">{t('signedInAs', { email: user.email, role: t(`roles.${user.role}`) })}</p>
      <SignOutButton locale={locale} />
      <EditorLocaleSwitcher current={locale} />
    </header>
  );
}
