import { Feed } from 'feed';
import type { Locale } from '../i18n/locales';
import { announcementPath, feedPath, homePath } from '../i18n/paths';
import { absoluteUrl } from './site-url';

export type FeedFormat = 'rss' | 'atom';

export type FeedChannel = { locale: Locale; title: string; description: string };

export type FeedEntry = {
  announcementId: string;
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
  updatedAt: Date;
};

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

// Characters XML 1.0 forbids even escaped: one pasted into a title would make readers reject the whole feed.
const notXmlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const xmlText = (text: string) => text.replace(notXmlCharacters, '');

// Atom titles and summaries and RSS descriptions are declared HTML, so plain text is escaped as
// HTML; that also removes every "]]>", which the feed package's CDATA writer splits only once.
const escapeHtml = (text: string) => xmlText(text).replace(/[&<>]/g, (char) => htmlEscapes[char] ?? char);

// An RSS title is plain text; only a CDATA terminator has to be defused there.
const plainRssTitle = (text: string) => xmlText(text).replaceAll(']]>', ']]&gt;');

function latestUpdate(entries: readonly FeedEntry[]): Date | undefined {
  return entries.reduce<Date | undefined>((latest, entry) => (latest && latest > entry.updatedAt ? latest : entry.updatedAt), undefined);
}

function createFeed(channel: FeedChannel, entries: readonly FeedEntry[], now: Date, format: FeedFormat): Feed {
  const { locale } = channel;
  const home = absoluteUrl(homePath(locale));
  const feed = new Feed({
    id: absoluteUrl(feedPath(locale, 'atom')),
    title: channel.title,
    description: channel.description,
    link: home,
    language: locale,
    updated: latestUpdate(entries) ?? now,
    generator: false,
    author: { name: channel.title, link: home },
    feedLinks: { rss: absoluteUrl(feedPath(locale, 'rss')), atom: absoluteUrl(feedPath(locale, 'atom')) },
  });
  for (const entry of entries) {
    feed.addItem({
      // Stable across slug changes, unlike the link.
      id: `urn:forum-portal:announcement:${entry.announcementId}:${locale}`,
      title: format === 'rss' ? plainRssTitle(entry.title) : escapeHtml(entry.title),
      link: absoluteUrl(announcementPath(locale, entry.slug)),
      description: escapeHtml(entry.summary),
      date: entry.updatedAt,
      published: entry.publishedAt,
    });
  }
  return feed;
}

/** An RSS 2.0 or Atom 1.0 document of one locale's latest announcements, with absolute links. */
export function renderFeed(format: FeedFormat, channel: FeedChannel, entries: readonly FeedEntry[], now: Date): string {
  const feed = createFeed(channel, entries, now, format);
  if (format === 'rss') return feed.rss2();
  // RSS carries <language>; Atom states the language with xml:lang, which the feed package does not write.
  const root = '<feed xmlns="http://www.w3.org/2005/Atom">';
  return feed.atom1().replace(root, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${channel.locale}">`);
}
