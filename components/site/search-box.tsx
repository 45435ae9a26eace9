import { useId } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { searchPath } from '@/lib/i18n/paths';

type Props = {
  /** The query to show in the field (the search page passes the reader's query back). */
  defaultValue?: string;
  /** Names the form after this element instead, so two search forms on a page have distinct names. */
  labelledBy?: string;
};

// A plain GET form to the locale's search page: works without JavaScript and ships none, so it
// can sit in the header of every page. dir="auto" lets an Arabic query read right to left on an
// English page and the other way round.
export function SearchBox({ defaultValue = '', labelledBy }: Props) {
  const t = useTranslations('SearchBox');
  const locale = useLocale();
  const inputId = useId();
  return (
    <form
      role="search"
      aria-label={labelledBy ? undefined : t('label')}
      aria-labelledby={labelledBy}
      action={searchPath(locale)}
      method="get"
      className="search-box"
    >
      <label htmlFor={inputId}>{t('label')}</label>
      <input id={inputId} type="search" name="q" defaultValue={defaultValue} dir="auto" enterKeyHint="search" />
      <button type="submit">{t('submit')}</button>
    </form>
  );
}
