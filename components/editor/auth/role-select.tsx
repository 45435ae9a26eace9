'use client';

import { useId } from 'react';
import { useTranslations } from 'next-intl';
import { roles, type Role } from '@/lib/users/schema';

export function RoleSelect({ label, defaultRole }: { label: string; defaultRole: Role }) {
  const t = useTranslations('EditorShell.roles');
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name="role" defaultValue={defaultRole}>
        {roles.map((role) => (
          <option key={role} value={role}>
            {t(role)}
          </option>
        ))}
      </select>
    </div>
  );
}
