import { describe, expect, it } from 'vitest';
import { describeLifecycle } from './lifecycle';

const successor = {
  sourceLocale: 'en',
  published: [
    { locale: 'en' as const, slug: 'new', title: 'New report' },
    { locale: 'ar' as const, slug: 'jadid', title: 'تقرير جديد' },
  ],
};

describe('describeLifecycle', () => {
  it('shows nothing for an active announcement', () => {
    expect(describeLifecycle('ACTIVE', successor, 'en')).toBeNull();
  });

  it.each(['CORRECTED', 'SUPERSEDED', 'WITHDRAWN'] as const)('says %s, without a successor when there is none', (lifecycle) => {
    expect(describeLifecycle(lifecycle, null, 'zh')).toEqual({ lifecycle, successor: null });
  });

  it('links the successor in the reader’s locale when it is translated', () => {
    expect(describeLifecycle('SUPERSEDED', successor, 'ar')?.successor).toEqual({
      href: '/ar/announcements/jadid',
      title: 'تقرير جديد',
      locale: 'ar',
    });
  });

  it('links the successor’s original otherwise', () => {
    expect(describeLifecycle('CORRECTED', successor, 'zh')?.successor).toEqual({
      href: '/en/announcements/new',
      title: 'New report',
      locale: 'en',
    });
  });

  it('has no link when the successor has nothing published', () => {
    expect(describeLifecycle('SUPERSEDED', { sourceLocale: 'en', published: [] }, 'en')?.successor).toBeNull();
  });
});
