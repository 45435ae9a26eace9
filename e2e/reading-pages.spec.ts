import { expect, test } from '@playwright/test';
import { announcementPath, eventPath, eventsPath, topicPath } from '../lib/i18n/paths';
import { chairStatement, demoEvent, demoTopic, report2024, report2025 } from './support/demo';
import { fill, messagesOf } from './support/messages';

// The reading pages against the seeded demo, in English, Chinese and Arabic.

test('en: an announcement page shows its text, date, event, topics and other languages', async ({ page }) => {
  const english = report2024.translation('en');
  const response = await page.goto(announcementPath('en', english.slug));
  expect(response?.status()).toBe(200);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(english.title);
  await expect(main.locator('.prose')).toHaveAttribute('lang', 'en');
  await expect(main.locator('.prose p').first()).toContainText(english.body.split('\n')[0]?.slice(0, 60) ?? '');
  await expect(main).toContainText('Published September 10, 2024');
  const event = demoEvent(report2024.event);
  await expect(main.getByRole('link', { name: event.translations.en.name })).toHaveAttribute(
    'href',
    eventPath('en', event.slug),
  );
  await expect(main.getByRole('link', { name: demoTopic('border-security').names.en })).toBeVisible();
  const russian = main.getByRole('link', { name: 'Русский' });
  await expect(russian).toHaveAttribute('lang', 'ru');
  await expect(russian).toHaveAttribute('href', announcementPath('ru', report2024.translation('ru').slug));
});

test('zh: an announcement page in Chinese, dated the Chinese way, named in Chinese', async ({ page }) => {
  const chinese = chairStatement.translation('zh');
  await page.goto(announcementPath('zh', chinese.slug));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(chinese.title);
  await expect(main).toContainText('发布于2024年9月10日');
  await expect(main.getByRole('link', { name: demoTopic('migration-management').names.zh, exact: true })).toBeVisible();
  // The chair's statement exists in Chinese only.
  await expect(main.getByRole('heading', { name: messagesOf('zh').AnnouncementPage.alsoAvailable })).toHaveCount(0);
});

test('ar: an event page lists every report, the untranslated ones marked, right to left', async ({ page }) => {
  const event = demoEvent(report2025.event);
  await page.goto(eventPath('ar', event.slug));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(event.translations.ar.name);
  await expect(main).toContainText('17–18 سبتمبر 2025');
  const french = report2025.translation('fr');
  const title = main.getByRole('heading', { name: french.title });
  await expect(title).toHaveAttribute('lang', 'fr');
  await expect(title).toHaveAttribute('dir', 'ltr');
  await expect(main).toContainText(fill(messagesOf('ar').AnnouncementList.untranslated, { language: 'الفرنسية' }));
  await expect(title.getByRole('link')).toHaveAttribute('href', announcementPath('ar', french.slug));
});

for (const locale of ['en', 'zh', 'ar'] as const) {
  test(`${locale}: the event archive lists both forum editions, newest first`, async ({ page }) => {
    await page.goto(eventsPath(locale));
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(messagesOf(locale).EventsPage.heading);
    const names = [report2025.event, report2024.event].map((slug) => demoEvent(slug).translations[locale].name);
    await expect(main.getByRole('heading', { level: 2 })).toHaveText(names);
    await main.getByRole('link', { name: names[1] }).click();
    await expect(page).toHaveURL(new RegExp(`${eventPath(locale, report2024.event)}$`));
  });

  test(`${locale}: a topic page lists the announcements of that topic`, async ({ page }) => {
    const topic = demoTopic('migration-management');
    const response = await page.goto(topicPath(locale, topic.slug));
    expect(response?.status()).toBe(200);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(
      fill(messagesOf(locale).TopicPage.heading, { topic: topic.names[locale] }),
    );
    await expect(main.getByRole('heading', { level: 2 })).toHaveCount(3);
  });
}

test('zh: the 2024 event page links the English-only report to its Chinese fallback page', async ({ page }) => {
  await page.goto(eventPath('zh', report2024.event));
  const english = report2024.translation('en');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: chairStatement.translation('zh').title })).not.toHaveAttribute('lang');
  await main.getByRole('link', { name: english.title }).click();
  await expect(page).toHaveURL(new RegExp(`${announcementPath('zh', english.slug)}$`));
  await expect(page.getByRole('note')).toHaveText('本公告尚无中文版本，以下显示英语原文。');
});

test('/{locale}/page/1 is the home page itself', async ({ page }) => {
  await page.goto('/zh/page/1');
  await expect(page).toHaveURL(/\/zh$/);
});
