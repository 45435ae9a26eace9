import { describe, expect, it, vi } from 'vitest';
import { hiddenNames } from '../testing/visibility-fixtures';
import { setUpVisibilityFixtures } from '../testing/visibility-suite';
import { listLatest } from './queries';
import { readAnnouncementRecord } from './record-query';

// 'server-only' refuses to load outside React's server environment; the queries are plain Node here.
vi.mock('server-only', () => ({}));

const fixtures = setUpVisibilityFixtures();
const id = (name: string) => fixtures().ids[name] ?? '';

// Other test files add rows to the same database: look through every page for this file's rows.
async function allLatestIds(locale: 'en' | 'zh'): Promise<string[]> {
  const first = await listLatest(locale, 1);
  const rest = await Promise.all(Array.from({ length: first.pageCount - 1 }, (_, index) => listLatest(locale, index + 2)));
  return [first, ...rest].flatMap((page) => page.items.map((item) => item.id));
}

describe('the latest list of a locale', () => {
  it('has the live translations of that locale, newest first, and nothing hidden', async () => {
    const listed = await allLatestIds('en');
    expect(listed).toContain(id('live'));
    expect(listed).toContain(id('englishOnly'));
    for (const name of hiddenNames) expect(listed, name).not.toContain(id(name));
    expect(listed.indexOf(id('englishOnly'))).toBeLessThan(listed.indexOf(id('live')));
  });

  it('has only its own locale’s translations', async () => {
    const zh = await allLatestIds('zh');
    expect(zh).toContain(id('live'));
    expect(zh).not.toContain(id('englishOnly'));
  });

  it('pages by ten, with the page count', async () => {
    const page = await listLatest('en', 1);
    expect(page.items.length).toBeLessThanOrEqual(10);
    expect(page.pageCount).toBe(Math.max(1, Math.ceil(page.total / 10)));
    expect((await listLatest('en', page.pageCount + 1)).items).toEqual([]);
  });
});

describe('the record of an announcement', () => {
  it('holds only its live translations, in the configured order, with event and topics', async () => {
    const record = await readAnnouncementRecord(id('live'));
    expect(record?.published.map((t) => [t.locale, t.slug])).toEqual([
      ['en', fixtures().slug('live-en')],
      ['zh', fixtures().slug('live-zh')],
    ]);
    expect(record?.event?.slug).toBe(fixtures().eventSlug);
    expect(record?.topics.map((topic) => topic.slug)).toEqual([fixtures().topicSlug]);
  });

  it.each(hiddenNames)('does not exist for the %s announcement', async (name) => {
    expect(await readAnnouncementRecord(id(name))).toBeNull();
  });
});
