import { expect, test } from '@playwright/test';
import { announcementPath, homePath } from '../lib/i18n/paths';
import { seriousViolations } from './support/axe';
import { chairStatement, report2024 } from './support/demo';

// axe on the pages every reader meets, in a left-to-right Latin, a CJK and a right-to-left locale;
// the Arabic announcement is a fallback page (the demo has no Arabic text).
const pages = {
  en: { home: homePath('en'), announcement: announcementPath('en', report2024.translation('en').slug) },
  zh: { home: homePath('zh'), announcement: announcementPath('zh', chairStatement.translation('zh').slug) },
  ar: { home: homePath('ar'), announcement: announcementPath('ar', report2024.translation('en').slug) },
};

for (const [locale, { home, announcement }] of Object.entries(pages)) {
  for (const [kind, path] of Object.entries({ home, announcement, '404': `/${locale}/announcements/no-such-page` })) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${locale} ${kind} (${colorScheme}) has no serious or critical axe violation`, async ({ browser }) => {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(path);
        expect(await seriousViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }
}

test('the skip link is the first stop and moves focus past the header', async ({ page }) => {
  await page.goto(pages.ar.announcement);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'انتقل إلى المحتوى الرئيسي' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#content')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('main a').first()).toBeFocused();
});

test('focus is visible on links and form fields', async ({ page }) => {
  await page.goto(pages.en.home);
  for (let stop = 0; stop < 4; stop += 1) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement ?? document.body);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline).toBe('solid 3px');
  }
});

for (const locale of ['en', 'zh', 'ar'] as const) {
  test(`${locale}: no sideways scrolling at 360 px`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const path of Object.values(pages[locale])) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    }
    await context.close();
  });
}

test('pages read without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(pages.zh.home);
  await page.getByRole('main').getByRole('link', { name: chairStatement.translation('zh').title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(chairStatement.translation('zh').title);
  await context.close();
});

test('dark mode follows the system setting', async ({ browser }) => {
  const background = async (colorScheme: 'light' | 'dark') => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(pages.en.home);
    const color = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await context.close();
    return color;
  };
  expect(await background('light')).toBe('rgb(255, 255, 255)');
  expect(await background('dark')).toBe('rgb(18, 22, 27)');
});

test('on paper, navigation and language links are left out', async ({ page }) => {
  await page.goto(pages.en.announcement);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Languages' })).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
