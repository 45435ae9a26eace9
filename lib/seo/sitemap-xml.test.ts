import { describe, expect, it } from 'vitest';
import { readSitemap, readSitemapIndex } from '../testing/read-xml';
import { escapeXml, renderSitemapIndex, renderUrlset } from './sitemap-xml';

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
  });

  it('leaves other text, including non-Latin scripts, alone', () => {
    expect(escapeXml('移民管理 — إدارة الهجرة')).toBe('移民管理 — إدارة الهجرة');
  });
});

describe('renderUrlset', () => {
  it('writes entries with lastmod and xhtml:link alternates', () => {
    const xml = renderUrlset([
      {
        loc: 'https://x.org/en/a',
        lastModified: new Date('2024-09-10T10:00:00Z'),
        alternates: { en: 'https://x.org/en/a', ru: 'https://x.org/ru/b', 'x-default': 'https://x.org/en/a' },
      },
      { loc: 'https://x.org/en?page=2&q="x"' },
    ]);
    expect(readSitemap(xml)).toEqual([
      {
        loc: 'https://x.org/en/a',
        lastmod: '2024-09-10T10:00:00.000Z',
        alternates: { en: 'https://x.org/en/a', ru: 'https://x.org/ru/b', 'x-default': 'https://x.org/en/a' },
      },
      { loc: 'https://x.org/en?page=2&q="x"', lastmod: undefined, alternates: {} },
    ]);
  });

  it('is well-formed when empty', () => {
    expect(readSitemap(renderUrlset([]))).toEqual([]);
  });
});

describe('renderSitemapIndex', () => {
  it('lists the sections', () => {
    const xml = renderSitemapIndex([{ loc: 'https://x.org/sitemaps/pages.xml' }, { loc: 'https://x.org/sitemaps/en-2024.xml' }]);
    expect(readSitemapIndex(xml)).toEqual(['https://x.org/sitemaps/pages.xml', 'https://x.org/sitemaps/en-2024.xml']);
  });
});
