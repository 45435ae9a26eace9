import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readAtom, readRss } from '../testing/read-xml';
import { renderFeed, type FeedChannel, type FeedEntry } from './feed-document';

const origin = 'https://forum.example.org';
const now = new Date('2025-01-01T00:00:00Z');

beforeEach(() => vi.stubEnv('SITE_URL', origin));
afterEach(() => vi.unstubAllEnvs());

const channel: FeedChannel = { locale: 'ru', title: 'Портал форума', description: 'Сообщения форума' };

const entries: FeedEntry[] = [
  {
    announcementId: 'a2',
    slug: 'otchet-2024',
    title: 'Подфорум в Сучжоу',
    summary: 'Около 300 участников.',
    publishedAt: new Date('2024-09-10T12:00:00Z'),
    updatedAt: new Date('2024-09-11T08:00:00Z'),
  },
  {
    announcementId: 'a1',
    slug: 'hostile',
    title: 'Tom & Jerry <script>alert(1)</script> ]]> twice ]]>',
    summary: 'A < B && C > D ]]> <b>bold</b>',
    publishedAt: new Date('2024-09-09T12:00:00Z'),
    updatedAt: new Date('2024-09-09T12:00:00Z'),
  },
];

describe('renderFeed: RSS 2.0', () => {
  const rss = () => readRss(renderFeed('rss', channel, entries, now));

  it('is well-formed, in the locale language, with absolute links', () => {
    const feed = rss();
    expect(feed.language).toBe('ru');
    expect(feed.title).toBe('Портал форума');
    expect(feed.link).toBe(`${origin}/ru`);
    expect(feed.item.map((item) => item.link)).toEqual([
      `${origin}/ru/announcements/otchet-2024`,
      `${origin}/ru/announcements/hostile`,
    ]);
  });

  it('keeps entry order and dates, with ids stable across slug changes', () => {
    const [first] = rss().item;
    expect(first?.title).toBe('Подфорум в Сучжоу');
    expect(first?.pubDate).toBe('Tue, 10 Sep 2024 12:00:00 GMT');
    expect(first?.guid).toBe('urn:forum-portal:announcement:a2:ru');
  });

  it('carries hostile text without breaking the document or injecting markup', () => {
    const hostile = rss().item[1];
    expect(hostile?.title).toBe('Tom & Jerry <script>alert(1)</script> ]]&gt; twice ]]&gt;');
    expect(hostile?.description).toBe('A &lt; B &amp;&amp; C &gt; D ]]&gt; &lt;b&gt;bold&lt;/b&gt;');
  });

  it('leaves out control characters XML forbids, in RSS and Atom', () => {
    const pasted: FeedEntry = { ...entries[0]!, title: 'Bell\u0001 and\u000B tab\tkept', summary: 'Null\u0000 and \uFFFF gone' };
    for (const format of ['rss', 'atom'] as const) {
      const xml = renderFeed(format, channel, [pasted], now);
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
      expect(xml).toContain('Bell and tab\tkept');
    }
  });

  it('is valid with no entries', () => {
    expect(readRss(renderFeed('rss', channel, [], now)).item).toEqual([]);
  });
});

describe('renderFeed: Atom 1.0', () => {
  const atom = () => readAtom(renderFeed('atom', channel, entries, now));

  it('declares the language and links itself and the home page', () => {
    const feed = atom();
    expect(feed['@xml:lang']).toBe('ru');
    expect(feed.id).toBe(`${origin}/ru/atom.xml`);
    expect(feed.link).toEqual([
      { '@rel': 'alternate', '@href': `${origin}/ru` },
      { '@rel': 'self', '@href': `${origin}/ru/atom.xml` },
    ]);
  });

  it('lists entries with published and updated times', () => {
    const [first] = atom().entry;
    expect(first).toMatchObject({
      title: 'Подфорум в Сучжоу',
      id: 'urn:forum-portal:announcement:a2:ru',
      link: [{ '@href': `${origin}/ru/announcements/otchet-2024` }],
      published: '2024-09-10T12:00:00.000Z',
      updated: '2024-09-11T08:00:00.000Z',
    });
  });

  it('escapes text for its declared HTML type', () => {
    const hostile = atom().entry[1];
    expect(hostile?.title).toBe('Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; twice ]]&gt;');
    expect(hostile?.summary).toBe('A &lt; B &amp;&amp; C &gt; D ]]&gt; &lt;b&gt;bold&lt;/b&gt;');
  });

  it('dates the feed by its latest update, or now when empty', () => {
    expect(renderFeed('atom', channel, entries, now)).toContain('<updated>2024-09-11T08:00:00.000Z</updated>');
    expect(renderFeed('atom', channel, [], now)).toContain('<updated>2025-01-01T00:00:00.000Z</updated>');
  });
});
