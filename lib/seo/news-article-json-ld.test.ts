import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildNewsArticleJsonLd, serializeJsonLd, type NewsArticleInput } from './news-article-json-ld';

const origin = 'https://forum.example.org';

beforeEach(() => vi.stubEnv('SITE_URL', origin));
afterEach(() => vi.unstubAllEnvs());

const input: NewsArticleInput = {
  translation: {
    locale: 'zh',
    slug: 'zhuxi-shengming-2024',
    title: '移民管理合作分论坛主席声明',
    summary: '2024年9月9日至10日在苏州举行。',
    publishedAt: new Date('2024-09-10T09:30:00Z'),
    updatedAt: new Date('2024-09-12T00:00:00Z'),
  },
  publisherName: '论坛门户',
  event: {
    slug: 'migration-sub-forum-2024-suzhou',
    name: '移民管理合作分论坛',
    city: '苏州',
    startsOn: new Date('2024-09-09T00:00:00Z'),
    endsOn: new Date('2024-09-10T00:00:00Z'),
  },
};

describe('buildNewsArticleJsonLd', () => {
  it('describes the article, its language, publisher and event', () => {
    expect(buildNewsArticleJsonLd(input)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '移民管理合作分论坛主席声明',
      description: '2024年9月9日至10日在苏州举行。',
      datePublished: '2024-09-10T09:30:00.000Z',
      dateModified: '2024-09-12T00:00:00.000Z',
      inLanguage: 'zh',
      url: `${origin}/zh/announcements/zhuxi-shengming-2024`,
      mainEntityOfPage: `${origin}/zh/announcements/zhuxi-shengming-2024`,
      publisher: { '@type': 'Organization', name: '论坛门户', url: origin },
      author: { '@type': 'Organization', name: '论坛门户', url: origin },
      about: {
        '@type': 'Event',
        name: '移民管理合作分论坛',
        startDate: '2024-09-09',
        endDate: '2024-09-10',
        url: `${origin}/zh/events/migration-sub-forum-2024-suzhou`,
        location: { '@type': 'Place', name: '苏州', address: '苏州' },
      },
    });
  });

  it('leaves out the event and image when there are none', () => {
    const jsonLd = buildNewsArticleJsonLd({ ...input, event: null });
    expect(jsonLd).not.toHaveProperty('about');
    expect(jsonLd).not.toHaveProperty('image');
  });

  it('lists a cover image', () => {
    expect(buildNewsArticleJsonLd({ ...input, image: `${origin}/media/a.jpg` }).image).toEqual([`${origin}/media/a.jpg`]);
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element early and still parses back to the same data', () => {
    const data = { headline: '</script><script>alert(1)</script> <!-- a & b' };
    const json = serializeJsonLd(data);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(data);
  });
});
