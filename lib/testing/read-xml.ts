import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';

// Test helpers: check that a sitemap or feed is well-formed XML, then read it into plain typed
// objects through zod, so tests compare values instead of walking an untyped tree.

const listTags = new Set(['url', 'sitemap', 'xhtml:link', 'item', 'entry', 'link']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => listTags.has(name),
});

/** Throws with the parser's message and position unless `xml` is well-formed. */
export function assertWellFormed(xml: string): void {
  const result = XMLValidator.validate(xml);
  if (result !== true) throw new Error(`Malformed XML: ${result.err.msg} (line ${result.err.line}, col ${result.err.col})`);
}

function read<T extends z.ZodType>(xml: string, schema: T): z.infer<T> {
  assertWellFormed(xml);
  return schema.parse(parser.parse(xml));
}

const text = z.union([z.string(), z.object({ '#text': z.string() }).transform((node) => node['#text'])]);

const urlsetSchema = z.object({
  urlset: z.object({
    url: z
      .array(
        z.object({
          loc: z.string(),
          lastmod: z.string().optional(),
          'xhtml:link': z.array(z.object({ '@rel': z.literal('alternate'), '@hreflang': z.string(), '@href': z.string() })).default([]),
        }),
      )
      .default([]),
  }),
});

export type SitemapEntry = { loc: string; lastmod?: string; alternates: Record<string, string> };

export function readSitemap(xml: string): SitemapEntry[] {
  return read(xml, urlsetSchema).urlset.url.map((url) => ({
    loc: url.loc,
    lastmod: url.lastmod,
    alternates: Object.fromEntries(url['xhtml:link'].map((link) => [link['@hreflang'], link['@href']])),
  }));
}

const sitemapIndexSchema = z.object({
  sitemapindex: z.object({ sitemap: z.array(z.object({ loc: z.string() })).default([]) }),
});

export function readSitemapIndex(xml: string): string[] {
  return read(xml, sitemapIndexSchema).sitemapindex.sitemap.map((sitemap) => sitemap.loc);
}

const rssSchema = z.object({
  rss: z.object({
    '@version': z.literal('2.0'),
    channel: z.object({
      title: z.string(),
      // <link> is read as a list everywhere because Atom repeats it; RSS has exactly one.
      link: z.tuple([z.string()]).transform(([link]) => link),
      language: z.string(),
      item: z
        .array(
          z.object({
            title: z.string(),
            link: z.tuple([z.string()]).transform(([link]) => link),
            guid: text,
            pubDate: z.string(),
            description: z.string(),
          }),
        )
        .default([]),
    }),
  }),
});

export function readRss(xml: string) {
  return read(xml, rssSchema).rss.channel;
}

const atomSchema = z.object({
  feed: z.object({
    '@xml:lang': z.string(),
    title: z.string(),
    id: z.string(),
    link: z.array(z.object({ '@rel': z.string().optional(), '@href': z.string() })),
    entry: z
      .array(
        z.object({
          title: text,
          id: z.string(),
          link: z.array(z.object({ '@href': z.string() })),
          updated: z.string(),
          published: z.string(),
          summary: text,
        }),
      )
      .default([]),
  }),
});

export function readAtom(xml: string) {
  return read(xml, atomSchema).feed;
}
