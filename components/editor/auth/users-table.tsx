import { useTranslations } from 'next-intl';
import { languageName } from '@/lib/i18n/language-names';
import type { Locale } from '@/lib/i18n/locales';
import type { ManagedUser } from '@/lib/users/queries';
import { UserAccessForm } from './user-access-form';
import { UserResetPasswordForm } from './user-reset-password-form';
import { UserStatusForm } from './user-status-form';

export function UsersTable({ users, currentUserId, locale }: { users: ManagedUser[]; currentUserId: string; locale: Locale }) {
  const t = useTranslations('EditorUsers');
  const roleName = useTranslations('EditorShell.roles');
  return (
    <table className="users-table">
      <caption>{t('listTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('email')}</th>
          <th scope="col">{t('status')}</th>
          <th scope="col">{t('role')}</th>
          <th scope="col">{t('actions')}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id} className={user.disabled ? 'is-disabled' : undefined}>
            <th scope="row">
              <span dir="ltr">{user.email}</span>
              {user.id === currentUserId ? <span className="user-you"> ({t('you')})</span> : null}
              {user.name ? <span className="user-name">{user.name}</span> : null}
            </th>
            <td>{user.disabled ? t('disabled') : t('active')}</td>
            <td>
              {roleName(user.role)}
              <span className="user-locales">
                {user.role === 'TRANSLATOR'
                  ? user.locales.map((code) => languageName(code, locale)).join(', ')
                  : t('allLanguages')}
              </span>
            </td>
            <td className="user-actions">
              <UserAccessForm user={user} />
              <UserStatusForm user={user} />
              {user.id === currentUserId ? null : <UserResetPasswordForm user={user} />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
