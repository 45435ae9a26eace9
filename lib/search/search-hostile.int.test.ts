import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../i18n/locales';
import { SearchFixtures } from './search-fixtures';
import { HIGHLIGHT_END, HIGHLIGHT_START } from './snippet';

// Whatever a reader types or a crawler sends, search answers with results (maybe none) or a
// "no searchable words" outcome: never an error, never SQL, never markup taken from the content.
const fixtures = new SearchFixtures();
const word = SearchFixtures.nonce();
let slug = '';

beforeAll(async () => {
  slug = await fixtures.add({
    locale: 'en',
    title: `Statement ${word}`,
    summary: `If 5 < 6 & "quoted" 'single' ${word} <img src=x onerror=alert(1)>`,
    body: `<script>alert(2)</script>\n\nMore about ${word}.`,
  });
});

afterAll(() => fixtures.dispose());

const hostile = [
  `"${word}`,
  `${word}"`,
  `"""`,
  `& | ! : * ( )`,
  `${word} & | ! : * ( ) <-> <2>`,
  `!${word}`,
  `-${word}`,
  `${word}:*`,
  `\\${word}\\`,
  `\\`,
  `${word}\u0000 and more`,
  `'; DROP TABLE translations; --`,
  `${word}' OR '1'='1`,
  `$1 $$ ${word} $$`,
  `%_%`,
  `<script>alert(1)</script>`,
  `\uE000${word}\uE001`,
  `\uD800${word}`,
  'x'.repeat(10_000),
  `${word} `.repeat(2_000),
  '移民管理'.repeat(2_500),
  '..,,;;!!??',
  'or',
  '- - -',
];

describe('hostile queries', () => {
  it.each(hostile.map((query) => [query.length > 60 ? `${query.slice(0, 40)}… (${query.length})` : query, query]))(
    '%j answers in every locale',
    async (_label, query) => {
      for (const locale of locales) {
        const outcome = await fixtures.search(locale, query);
        expect(['results', 'no-terms', 'empty']).toContain(outcome.kind);
      }
    },
  );

  it('still finds the text when the word is wrapped in operators and quotes', async () => {
    for (const query of [`"${word}`, `\\${word}\\`, `${word}\u0000 and more`, `(${word})`, `${word}:*`]) {
      expect(await fixtures.slugs('en', query), query).toEqual([slug]);
    }
  });

  it('cuts a long query and says so', async () => {
    expect(await fixtures.search('en', `${word} `.repeat(2_000))).toMatchObject({ kind: 'results', truncated: true, total: 1 });
  });

  it('the translations table survives', async () => {
    await fixtures.search('en', `'; DROP TABLE translations; --`);
    expect(await fixtures.prisma.translation.count({ where: { slug } })).toBe(1);
  });

  it('returns content markup as snippet text, never as marks', async () => {
    const outcome = await fixtures.search('en', word);
    const hit = outcome.kind === 'results' ? outcome.hits[0] : undefined;
    const text = hit?.snippet.map((part) => part.text).join('') ?? '';
    // ts_headline chooses where fragments start; whatever it keeps of the markup stays plain text.
    expect(text).toContain(`quoted" 'single'`);
    expect(text).toContain('onerror=alert(1)>');
    expect(text).not.toContain('<script>');
    expect(text).not.toMatch(new RegExp(`[${HIGHLIGHT_START}${HIGHLIGHT_END}]`));
    expect(hit?.snippet.filter((part) => part.highlight).map((part) => part.text)).toEqual([word, word]);
  });
});
