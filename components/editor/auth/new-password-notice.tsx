'use client';

import { useTranslations } from 'next-intl';

/** A generated password, shown to the admin once: only its hash is stored. */
export function NewPasswordNotice({
  message,
  email,
  password,
}: {
  message: 'created' | 'passwordReset';
  email: string;
  password: string;
}) {
  const t = useTranslations('EditorUsers');
  return (
    <p className="form-success" role="status">
      {t(message, { email })}{' '}
      <code className="new-password" translate="no" dir="ltr">
        {password}
      </code>
    </p>
  );
}
