import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const messages = (await import(`../../messages/${locale}.json`)) as { default: Record<string, unknown> };
  // Dates are shown as calendar days in UTC: event dates are stored as UTC midnights, and a page is
  // rendered once for every reader (cached), so it cannot follow a reader's own time zone.
  return { locale, messages: messages.default, timeZone: 'UTC' };
});
