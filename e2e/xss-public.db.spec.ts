import { expect, test } from '@playwright/test';
import { refreshSearchDocumentsAt } from '../lib/search/refresh-search-documents';
import { announcementPath, eventPath, eventsPath, feedPath, homePath, searchPath, topicPath } from '../lib/i18n/paths';
import { uniqueTag, withDatabase } from './support/db-rows';
import { xssPayloads } from './support/xss-payloads';
import { insertXssAnnouncement, xssChunks, xssLocales, type XssAnnouncement } from './support/xss-rows';
import { expectNoXss, findUnsafeMarkup, trapXss } from './support/xss-traps';

// Every public page that shows what an editor typed (title, summary, body, cover alt text and
// caption, topic and event names) with announcements made of cross-site scripting payloads, and
// the search page, announcement addresses and feeds fed the payloads themselves: nothing may run,
// nothing may be blocked by the policy, and no element or attribute that could run script may exist.

// Letters only, so the search finds it as one word.
const tag = uniqueTag().replace(/\d/g, (digit) => 'ghijklmnop'.charAt(Number(digit)));
let announcements: XssAnnouncement[] = [];

test.beforeAll(async () => {
  announcements = await withDatabase(async (client) => {
    const rows: XssAnnouncement[] = [];
    for (let chunk = 0; chunk < xssChunks; chunk += 1) rows.push(await insertXssAnnouncement(client, chunk, tag));
    return rows;
  });
  // Rows written straight into the database have no search document until this builds it.
  await refreshSearchDocumentsAt(process.env.E2E_DATABASE_URL ?? '');
});

for (const locale of xssLocales) {
  test(`${locale}: pages showing payload announcements run no script and hold no unsafe markup`, async ({ page }) => {
    test.setTimeout(240_000);
    const hits = await trapXss(page);
    // The publishing clock puts the due announcements live within seconds.
    await expect(async () => {
      await page.goto(homePath(locale));
      await expect(page.locator('main')).toContainText(`${locale} ${tag}`, { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await expectNoXss(page, hits, homePath(locale));

    for (const announcement of announcements) {
      const path = announcementPath(locale, announcement.slugs[locale]);
      await page.goto(path);
      await expect(page.locator('main')).toContainText(tag);
      await expectNoXss(page, hits, path);
    }
    // Topics and events have no editor yet, so nothing expires the cached list of their slugs when
    // rows are added: their pages appear once that list refreshes (at most a minute, then one request).
    for (const announcement of announcements) {
      for (const path of [topicPath(locale, announcement.topicSlug), eventPath(locale, announcement.eventSlug)]) {
        await expect(async () => {
          expect((await page.goto(path))?.status()).toBe(200);
        }).toPass({ timeout: 120_000, intervals: [5_000] });
        await expect(page.locator('main')).toContainText(tag);
        await expectNoXss(page, hits, path);
      }
    }
    // The payloads show as text: the article's body holds the script tag's words, not a script.
    await page.goto(announcementPath(locale, announcements[0]?.slugs[locale] ?? ''));
    await expect(page.locator('main')).toContainText('window.__xss=');

    // The event archive lists the payload events among the others; the search finds the announcements.
    for (const path of [eventsPath(locale), searchPath(locale, tag)]) {
      await page.goto(path);
      await expect(page.locator('main')).toContainText('window.__xss=');
      await expectNoXss(page, hits, path);
    }
  });

  test(`${locale}: payloads typed into search and addresses come back as text`, async ({ page }) => {
    test.slow();
    const hits = await trapXss(page);
    for (const payload of xssPayloads) {
      const search = searchPath(locale, payload.text);
      await page.goto(search);
      await expectNoXss(page, hits, `search for payload ${payload.id}`);
    }
    // The search box shows the query back as it was typed.
    const last = xssPayloads.at(-1);
    await expect(page.getByRole('searchbox').first()).toHaveValue(last?.text.trim() ?? '');
    for (const payload of xssPayloads.filter((_, index) => index % 3 === 0)) {
      for (const path of [announcementPath(locale, payload.text), topicPath(locale, payload.text), eventPath(locale, payload.text)]) {
        await page.goto(path);
        await expectNoXss(page, hits, `${path.slice(0, 40)}… (payload ${payload.id})`);
      }
    }
  });

  test(`${locale}: feed descriptions carry payloads as text, never markup that runs`, async ({ page }) => {
    const hits = await trapXss(page);
    await page.goto(homePath(locale));
    for (const format of ['rss', 'atom'] as const) {
      // The publishing clock puts the due announcements live within seconds.
      let xml = '';
      await expect(async () => {
        xml = await (await page.request.get(feedPath(locale, format))).text();
        expect(xml).toContain(tag);
      }).toPass({ timeout: 30_000 });
      // Each text the feed declares HTML (RSS descriptions, Atom titles and summaries), parsed as a
      // feed reader would: the payloads must come out as text.
      const found = await page.evaluate((source) => {
        const feed = new DOMParser().parseFromString(source, 'application/xml');
        if (feed.querySelector('parsererror')) return ['the feed is not well-formed XML'];
        const texts = Array.from(feed.querySelectorAll('item > description, entry > title, entry > summary, entry > content')).map((node) => node.textContent ?? '');
        const holder = document.createElement('template');
        holder.innerHTML = texts.join('\n');
        return [`${texts.length} texts`, ...Array.from(holder.content.querySelectorAll('script, style, iframe, object, embed, svg, math, img, [onerror], [onload], a[href]')).map((node) => node.outerHTML.slice(0, 120))];
      }, xml);
      expect(found[0]).not.toBe('the feed is not well-formed XML');
      expect(found.slice(1), `${format} feed`).toEqual([]);
    }
    expect(await findUnsafeMarkup(page)).toEqual([]);
    await expectNoXss(page, hits, 'feeds');
  });
}

test('the JSON API answers payload parameters with JSON only', async ({ request }) => {
  for (const payload of xssPayloads) {
    const encoded = encodeURIComponent(payload.text);
    for (const path of [`/api/v1/announcements?locale=${encoded}&page=${encoded}`, `/api/v1/announcements/${encoded}`, `/api/v1/announcements?locale=en&pageSize=${encoded}`]) {
      const response = await request.get(path);
      expect(response.status(), path).toBeLessThan(500);
      expect(response.headers()['content-type'], path).toMatch(/^application\/(problem\+)?json/);
      expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
      // Reflected or not, the payload is data in a JSON document a browser will not sniff as HTML.
      const body = await response.text();
      expect(() => JSON.parse(body) as unknown, path).not.toThrow();
    }
  }
});
