import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { LifecycleNotice } from '@/lib/announcements/lifecycle';
import { localeInfo } from '@/lib/i18n/locales';

/** A corrected, superseded or withdrawn announcement says so, and links to what replaces it. */
export function LifecycleBanner({ notice }: { notice: LifecycleNotice }) {
  const t = useTranslations('Lifecycle');
  const { successor } = notice;
  return (
    <div className="notice notice-lifecycle" role="note">
      <p>{t(`banner${notice.lifecycle}`)}</p>
      {successor ? (
        <p>
          {t.rich('successor', {
            title: () => (
              <Link href={successor.href} hrefLang={successor.locale}>
                <bdi lang={successor.locale} dir={localeInfo[successor.locale].dir}>
                  {successor.title}
                </bdi>
              </Link>
            ),
          })}
        </p>
      ) : null}
    </div>
  );
}
