import { beforeAll, describe, expect, it, vi } from 'vitest';
import { setUpDashboard } from '../testing/dashboard-fixtures';
import { DASHBOARD_PAGE_SIZE } from './schema';

vi.mock('server-only', () => ({}));
vi.mock('next/cache', async () => (await import('../testing/next-cache-double')).nextCacheDouble);

// Narrowing the coverage matrix: filters, paging and a translator's column order.

const fixture = setUpDashboard({ paged: true });

// The source of one announcement changes for real: its zh and ru translations become outdated.
beforeAll(async () => {
  const { ids, tag, save } = fixture();
  await save(ids.outdated, 'en', `Source ${tag}, rewritten`, { publish: true });
});

describe('getDashboard', () => {
  it('filters by topic, by state and by locale', async () => {
    const { ids, dashboard } = fixture();
    expect((await dashboard({ event: ids.event, topic: ids.topicA })).rows.map((row) => row.id)).toEqual([ids.states]);
    expect((await dashboard({ topic: ids.topicB })).rows.map((row) => row.id)).toEqual([ids.outdated]);
    expect((await dashboard({ event: ids.event, status: 'outdated' })).rows.map((row) => row.id)).toEqual([ids.outdated]);
    expect((await dashboard({ event: ids.event, status: 'scheduled' })).rows.map((row) => row.id)).toEqual([ids.states]);

    const zh = await dashboard({ event: ids.event, locale: 'zh' });
    expect(zh.locales).toEqual(['zh']);
    expect(zh.rows.map((row) => Object.keys(row.cells))).toEqual([['zh'], ['zh'], ['zh']]);
    const zhMissing = await dashboard({ event: ids.event, locale: 'zh', status: 'missing' });
    expect(zhMissing.rows.map((row) => row.id)).toEqual([ids.arabic]);
  });

  it('ignores filter values that cannot be right', async () => {
    const { ids, dashboard } = fixture();
    const result = await dashboard({ event: ids.event, status: 'bogus', locale: 'xx', page: '-3' });
    expect(result.rows).toHaveLength(3);
    expect(result.page).toBe(1);
  });

  it('pages by 50, newest first', async () => {
    const { ids, dashboard } = fixture();
    const first = await dashboard({ event: ids.pagedEvent });
    expect(first).toMatchObject({ total: DASHBOARD_PAGE_SIZE + 1, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(DASHBOARD_PAGE_SIZE);
    expect(first.rows[0]?.id).toBe(ids.paged.at(-1));
    const second = await dashboard({ event: ids.pagedEvent, page: '2' });
    expect(second.rows.map((row) => row.id)).toEqual([ids.paged[0]]);
    expect(second.page).toBe(2);
  });

  it('puts a translator’s own locales first', async () => {
    const { ids, translator, dashboard } = fixture();
    const result = await dashboard({ event: ids.event }, translator);
    expect(result.locales).toEqual(['ar', 'zh', 'en', 'ru', 'fr', 'de', 'es']);
    expect((await dashboard({ event: ids.event })).locales).toEqual(['en', 'zh', 'ru', 'fr', 'de', 'es', 'ar']);
  });
});
