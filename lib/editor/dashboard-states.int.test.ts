import { describe, expect, it, vi } from 'vitest';
import { rowOf, setUpDashboard, statesOf } from '../testing/dashboard-fixtures';
import { getDashboard } from './dashboard-queries';
import { dashboardFilterSchema } from './schema';

vi.mock('server-only', () => ({}));
vi.mock('next/cache', async () => (await import('../testing/next-cache-double')).nextCacheDouble);

// What each cell of the coverage matrix says, and the counts per locale, as editors' actions
// change them.

const fixture = setUpDashboard();

describe('getDashboard', () => {
  it('is for signed-in people only', async () => {
    expect(await getDashboard(null, dashboardFilterSchema.parse({}), 'en')).toBeNull();
  });

  it('shows each translation’s state, with unpublished changes of a live text marked', async () => {
    const { ids, tag, dashboard } = fixture();
    const result = await dashboard({ event: ids.event });
    expect(statesOf(result, ids.states)).toEqual({
      en: 'published',
      zh: 'draft',
      ru: 'in_review',
      fr: 'published',
      de: 'scheduled',
      es: 'archived',
      ar: 'missing',
    });
    const row = rowOf(result, ids.states);
    expect(row?.cells.fr?.unpublishedChanges).toBe(true);
    expect(row?.cells.en?.unpublishedChanges).toBe(false);
    expect(row).toMatchObject({ sourceLocale: 'en', title: `States ${tag}`, eventName: `Forum ${tag}` });
    expect(row?.eventDate?.toISOString()).toBe('2030-05-01T00:00:00.000Z');
    expect(rowOf(result, ids.arabic)).toMatchObject({ sourceLocale: 'ar', title: `مسودة ${tag}` });
  });

  it('names the event in the interface language, else in English', async () => {
    const { ids, tag, admin, dashboard } = fixture();
    expect(rowOf(await dashboard({ event: ids.event }, admin, 'zh'), ids.states)?.eventName).toBe(`论坛 ${tag}`);
    expect(rowOf(await dashboard({ event: ids.event }, admin, 'fr'), ids.states)?.eventName).toBe(`Forum ${tag}`);
  });

  it('keeps translations current after a minor source fix and marks them outdated after a real change', async () => {
    const { ids, tag, save, dashboard } = fixture();
    await save(ids.outdated, 'en', `Source ${tag} (typo fixed)`, { minor: true, publish: true });
    expect(statesOf(await dashboard({ event: ids.event }), ids.outdated)).toMatchObject({ en: 'published', zh: 'published', ru: 'published' });

    await save(ids.outdated, 'en', `Source ${tag}, rewritten`, { publish: true });
    const result = await dashboard({ event: ids.event });
    expect(statesOf(result, ids.outdated)).toMatchObject({ en: 'published', zh: 'outdated', ru: 'outdated', fr: 'missing' });
    // The states announcement was not touched.
    expect(statesOf(result, ids.states).zh).toBe('draft');
  });

  // After the source change above: zh and ru of the corrected announcement are outdated.
  it('counts the states per locale within the event filter', async () => {
    const { ids, dashboard } = fixture();
    const { counts } = await dashboard({ event: ids.event });
    const zero = { missing: 0, draft: 0, in_review: 0, scheduled: 0, published: 0, outdated: 0, archived: 0 };
    expect(counts.en).toEqual({ ...zero, published: 2, missing: 1 });
    expect(counts.zh).toEqual({ ...zero, draft: 1, outdated: 1, missing: 1 });
    expect(counts.ar).toEqual({ ...zero, draft: 1, missing: 2 });
    expect(counts.es).toEqual({ ...zero, archived: 1, missing: 2 });
  });
});
