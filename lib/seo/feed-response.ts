import 'server-only';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { locales } from '../i18n/locales';
import { renderFeed, type FeedFormat } from './feed-document';
import { getFeedEntries } from './cached-reads';
import { notFoundResponse, xmlResponse } from './xml-response';

const contentTypes: Record<FeedFormat, string> = { rss: 'application/rss+xml', atom: 'application/atom+xml' };

/** /{locale}/rss.xml and /{locale}/atom.xml; an unknown locale is a 404. */
export async function createFeedResponse(localeParam: string, format: FeedFormat): Promise<Response> {
  const parsed = z.enum(locales).safeParse(localeParam);
  if (!parsed.success) return notFoundResponse();
  const locale = parsed.data;
  const [t, entries] = await Promise.all([getTranslations({ locale, namespace: 'Metadata' }), getFeedEntries(locale)]);
  const channel = { locale, title: t('title'), description: t('description') };
  return xmlResponse(renderFeed(format, channel, entries, new Date()), contentTypes[format]);
}
