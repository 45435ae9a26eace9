import { expect, test, type Page } from '@playwright/test';
import { announcementPath } from '../lib/i18n/paths';
import { chairStatement, report2024, report2025 } from './support/demo';

// /{locale}/announcements/{slug} of an announcement without a translation in {locale}: the source
// text, an honest notice in the page's language, out of search engines.

async function expectFallback(page: Page, notice: string, shown: { locale: string; dir: string; canonical: string }) {
  await expect(page.getByRole('note')).toHaveText(notice);
  await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${shown.canonical}$`));
  await expect(page.locator('head link[rel="alternate"][hreflang]')).toHaveCount(0);
  for (const block of [page.locator('.article-header'), page.locator('.prose')]) {
    await expect(block).toHaveAttribute('lang', shown.locale);
    await expect(block).toHaveAttribute('dir', shown.dir);
  }
}

test('es: the English report, announced as the English original', async ({ page }) => {
  const english = report2024.translation('en');
  const response = await page.goto(announcementPath('es', english.slug));
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(english.title);
  await expectFallback(page, 'Este anuncio aún no está disponible en español. Se muestra el original en inglés.', {
    locale: 'en',
    dir: 'ltr',
    canonical: announcementPath('en', english.slug),
  });
});

test('ar: the Chinese chair’s statement, left to right inside a right-to-left page', async ({ page }) => {
  const chinese = chairStatement.translation('zh');
  await page.goto(announcementPath('ar', chinese.slug));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectFallback(page, 'هذا الإعلان غير متاح بعد باللغة العربية. يُعرض النص الأصلي باللغة الصينية.', {
    locale: 'zh',
    dir: 'ltr',
    canonical: announcementPath('zh', chinese.slug),
  });
});

test('zh: the German slug of the 2025 report shows its French original', async ({ page }) => {
  await page.goto(announcementPath('zh', report2025.translation('de').slug));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(report2025.translation('fr').title);
  await expectFallback(page, '本公告尚无中文版本，以下显示法语原文。', {
    locale: 'fr',
    dir: 'ltr',
    canonical: announcementPath('fr', report2025.translation('fr').slug),
  });
});

test('a fallback page lists the translations that exist, in their own languages', async ({ page }) => {
  await page.goto(announcementPath('ar', report2024.translation('en').slug));
  const links = page.locator('.also-available a');
  await expect(links).toHaveText(['English', 'Русский']);
  await expect(links.nth(1)).toHaveAttribute('lang', 'ru');
});

test('a slug of another locale redirects where the locale has its own translation', async ({ request }) => {
  const english = announcementPath('en', report2024.translation('en').slug);
  const russian = announcementPath('ru', report2024.translation('ru').slug);
  for (const [from, to] of [
    [announcementPath('ru', report2024.translation('en').slug), russian],
    [announcementPath('en', report2024.translation('ru').slug), english],
    [announcementPath('de', report2025.translation('fr').slug), announcementPath('de', report2025.translation('de').slug)],
  ] as const) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect([307, 308], from).toContain(response.status());
    // Next repeats the same Location header on the response that renders the redirect (not on
    // cached ones); browsers accept identical copies.
    const locations = new Set((response.headers()['location'] ?? '').split(/,\s*/));
    expect([...locations].map((location) => new URL(location, 'http://x').pathname)).toEqual([to]);
  }
});

test('the translations’ own pages list each other in hreflang, never a fallback address', async ({ page }) => {
  await page.goto(announcementPath('en', report2024.translation('en').slug));
  const hreflangs = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((links) =>
    links.map((link) => link.getAttribute('hreflang')),
  );
  expect(hreflangs.sort()).toEqual(['en', 'ru', 'x-default']);
});
