'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { separateId } from './import-grouping';

type Props = {
  documentKey: string;
  /** The announcement the text is in now, and the numbered announcements it can go into. */
  current: string;
  groups: { id: string; number: number }[];
  alone: boolean;
  onChoose: (groupId: string) => void;
  disabled: boolean;
};

/** "Import as part of": keeps a text in its proposed announcement, moves it, or splits it off. */
export function GroupChoice({ documentKey, current, groups, alone, onChoose, disabled }: Props) {
  const t = useTranslations('EditorImport');
  const id = useId();
  const own = separateId(documentKey);
  return (
    <div className="field import-group-choice">
      <label htmlFor={id}>{t('groupChoice')}</label>
      <select
        id={id}
        aria-describedby={`${id}-hint`}
        value={current}
        onChange={(event) => onChoose(event.target.value)}
        disabled={disabled}
      >
        {groups.map((group) => (
          <option key={group.id} value={group.id}>
            {t('groupHeading', { number: group.number })}
          </option>
        ))}
        {alone ? null : <option value={own}>{t('separateAnnouncement')}</option>}
      </select>
      <p id={`${id}-hint`} className="field-hint">
        {t('groupChoiceHint')}
      </p>
    </div>
  );
}
