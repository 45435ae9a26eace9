import { useTranslations } from 'next-intl';

/** The first thing keyboard and screen-reader users reach: a way past the header. */
export function SkipLink() {
  const t = useTranslations('SkipLink');
  return (
    <a className="skip-link" href="#content">
      {t('label')}
    </a>
  );
}
