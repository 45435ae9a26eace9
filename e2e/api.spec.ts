import { expect, test } from '@playwright/test';
import type { AnnouncementListResponse, AnnouncementResponse, ApiErrorBody } from '../lib/api/schema';
import { announcementPath } from '../lib/i18n/paths';
import { loadDemoContent } from '../prisma/seed/load-content';
import { seededTitles } from './demo-titles';

// The read-only JSON API against the seeded demo.
const report2024 = loadDemoContent().announcements.find((announcement) => announcement.sourceLocale === 'en');

test('lists the published translations of a locale with pagination metadata', async ({ request, baseURL }) => {
  for (const locale of ['en', 'zh', 'ar'] as const) {
    const response = await request.get(`/api/v1/announcements?locale=${locale}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toMatch(/public/);
    const body = (await response.json()) as AnnouncementListResponse;
    const titles = seededTitles(locale);
    expect(body.data.map((item) => item.title)).toEqual(titles);
    expect(body.pagination).toEqual({ page: 1, pageSize: 20, totalItems: titles.length, totalPages: titles.length > 0 ? 1 : 0 });
    for (const item of body.data) expect(item.url).toBe(`${baseURL}${announcementPath(locale, item.slug)}`);
  }
});

test('returns one announcement with all its published translations', async ({ request }) => {
  const list = (await (await request.get('/api/v1/announcements?locale=ru')).json()) as AnnouncementListResponse;
  const id = list.data[0]?.announcementId ?? '';
  const response = await request.get(`/api/v1/announcements/${id}`);
  expect(response.status()).toBe(200);
  const { data } = (await response.json()) as AnnouncementResponse;
  expect(data.sourceLocale).toBe('en');
  expect(data.translations.map((translation) => [translation.locale, translation.slug])).toEqual(
    report2024?.translations.map((translation) => [translation.locale, translation.slug]),
  );
  expect(data.translations[0]?.body.length).toBeGreaterThan(100);
});

test('answers bad parameters with 400 and a message per field', async ({ request }) => {
  const response = await request.get('/api/v1/announcements?locale=xx&page=0&pageSize=1000');
  expect(response.status()).toBe(400);
  const body = (await response.json()) as ApiErrorBody;
  expect(body.error.message).toBe('Invalid parameters');
  expect(Object.keys(body.error.fieldErrors).sort()).toEqual(['locale', 'page', 'pageSize']);
  expect((await request.get('/api/v1/announcements?locale=en&page=abc')).status()).toBe(400);
});

test('an unknown announcement is a JSON 404', async ({ request }) => {
  const response = await request.get('/api/v1/announcements/doesnotexist0000000000000');
  expect(response.status()).toBe(404);
  expect(((await response.json()) as ApiErrorBody).error.message).toMatch(/No published announcement/);
});
