'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { accountPath, auditPath, dashboardPath, importPath, trashPath, usersPath } from '@/lib/auth/editor-paths';
import type { Locale } from '@/lib/i18n/locales';

type Props = { locale: Locale; canManageUsers: boolean; canImport: boolean; canUseTrash: boolean; canViewAudit: boolean };

/** The editor's sections; Import, Trash, Users and Audit log only for those who may use them. */
export function EditorNav({ locale, canManageUsers, canImport, canUseTrash, canViewAudit }: Props) {
  const t = useTranslations('EditorShell');
  const pathname = usePathname();
  const links = [
    { href: dashboardPath(locale), label: t('dashboard') },
    ...(canImport ? [{ href: importPath(locale), label: t('import') }] : []),
    ...(canUseTrash ? [{ href: trashPath(locale), label: t('trash') }] : []),
    ...(canManageUsers ? [{ href: usersPath(locale), label: t('users') }] : []),
    ...(canViewAudit ? [{ href: auditPath(locale), label: t('audit') }] : []),
    { href: accountPath(locale), label: t('account') },
  ];
  return (
    <nav aria-label={t('navigation')} className="editor-nav">
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={pathname === link.href ? 'page' : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
