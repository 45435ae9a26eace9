import { expect, test } from '@playwright/test';
import { announcementPath, eventPath, eventsPath, homePath, topicPath } from '../lib/i18n/paths';
import { chairStatement, report2024 } from './support/demo';

// Public pages are cached and shared: none of them may set a cookie, whatever the visitor's
// languages (next-intl would otherwise record the locale of every visit).
const pages = [
  homePath('zh'),
  homePath('ar'),
  announcementPath('zh', chairStatement.translation('zh').slug),
  announcementPath('ar', report2024.translation('en').slug),
  announcementPath('ru', report2024.translation('en').slug),
  eventsPath('de'),
  eventPath('fr', report2024.event),
  topicPath('es', 'migration-management'),
  announcementPath('zh', 'no-such-announcement'),
  '/',
];

for (const path of pages) {
  test(`an anonymous request for ${path} gets no Set-Cookie`, async ({ request }) => {
    for (const languages of ['en-US,en;q=0.9', 'ru', 'ar-EG', '']) {
      const response = await request.get(path, { headers: { 'Accept-Language': languages }, maxRedirects: 0 });
      expect(response.status(), `${path} (${languages})`).toBeLessThan(500);
      expect(response.headers()['set-cookie'], `${path} (${languages})`).toBeUndefined();
    }
  });
}

test('only choosing a language in the switcher sets the locale cookie', async ({ request }) => {
  const response = await request.get(`/ar/switch-language?from=${encodeURIComponent(homePath('en'))}`, { maxRedirects: 0 });
  expect(response.status()).toBe(303);
  expect(response.headers()['location']).toBe('/ar');
  expect(response.headers()['set-cookie']).toMatch(/^NEXT_LOCALE=ar;/);
});
