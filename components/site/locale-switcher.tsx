import { useLocale, useTranslations } from 'next-intl';
import { LocaleSwitcherLinks } from './locale-switcher-links';

/**
 * Every locale, each named in its own script with its own lang and dir. A link goes to the same page
 * in that language when it exists there, else to that language's home (app/[locale]/switch-language
 * decides, and remembers the choice for `/`).
 */
export function LocaleSwitcher() {
  const t = useTranslations('LocaleSwitcher');
  const locale = useLocale();
  return (
    <nav aria-label={t('label')} className="locale-switcher">
      <LocaleSwitcherLinks current={locale} />
    </nav>
  );
}
