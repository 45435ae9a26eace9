import { expect, test } from '@playwright/test';
import { locales, localeInfo } from '../lib/i18n/locales';
import { announcementPath, eventPath, eventsPath, homePath, topicPath } from '../lib/i18n/paths';
import { chairStatement, report2024 } from './support/demo';
import { messagesOf } from './support/messages';

const english = report2024.translation('en');
const russian = report2024.translation('ru');

const everyKindOfPage = [
  homePath('en'),
  announcementPath('en', english.slug),
  announcementPath('zh', chairStatement.translation('zh').slug),
  announcementPath('ar', english.slug),
  eventsPath('zh'),
  eventPath('ar', report2024.event),
  topicPath('en', 'border-security'),
  announcementPath('en', 'no-such-announcement'),
];

for (const from of everyKindOfPage) {
  test(`the language switcher on ${from} never leads to a 404`, async ({ page, request }) => {
    await page.goto(from);
    const locale = from.split('/')[1] as (typeof locales)[number];
    const switcher = page.getByRole('navigation', { name: messagesOf(locale).LocaleSwitcher.label });
    const links = switcher.getByRole('link');
    await expect(links).toHaveCount(locales.length);
    await expect(switcher.getByRole('link', { name: localeInfo[locale].nativeName })).toHaveAttribute('aria-current', 'page');
    for (const target of locales.filter((other) => other !== locale)) {
      const link = switcher.getByRole('link', { name: localeInfo[target].nativeName, exact: true });
      await expect(link).toHaveAttribute('lang', target);
      await expect(link).toHaveAttribute('dir', localeInfo[target].dir);
      const response = await request.get((await link.getAttribute('href')) ?? '');
      expect(response.status(), `${from} → ${target}`).toBe(200);
      expect(new URL(response.url()).pathname.startsWith(`/${target}`), `${from} → ${target}`).toBe(true);
    }
  });
}

test('on an announcement it goes to the same announcement in a language that has it', async ({ page }) => {
  await page.goto(announcementPath('en', english.slug));
  await page.getByRole('navigation', { name: 'Languages' }).getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(new RegExp(`${announcementPath('ru', russian.slug)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(russian.title);
});

test('on an announcement it goes to the home of a language that does not have it', async ({ page }) => {
  await page.goto(announcementPath('en', english.slug));
  await page.getByRole('navigation', { name: 'Languages' }).getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/zh$/);
  await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/ar$/);
});

test('it works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(announcementPath('ru', russian.slug));
  await page.getByRole('navigation', { name: 'Языки' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`${announcementPath('en', english.slug)}$`));
  await context.close();
});

test('the chosen language is remembered: / then opens it, whatever the browser prefers', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/ru$/);
  expect(await context.cookies()).toEqual([]);
  await page.getByRole('navigation', { name: 'Языки' }).getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/fr$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/fr$/);
  await context.close();
});

test('"also available in" names each translation in its own language', async ({ page }) => {
  await page.goto(announcementPath('ru', russian.slug));
  const section = page.getByRole('region', { name: messagesOf('ru').AnnouncementPage.alsoAvailable });
  const english = section.getByRole('link', { name: 'English' });
  await expect(english).toHaveAttribute('lang', 'en');
  await expect(english).toHaveAttribute('hreflang', 'en');
  await english.click();
  await expect(page).toHaveURL(new RegExp(`${announcementPath('en', report2024.translation('en').slug)}$`));
});
