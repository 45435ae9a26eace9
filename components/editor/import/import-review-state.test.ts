import { describe, expect, it } from 'vitest';
import type { DocumentPreview, ImportPreview } from '@/lib/import/preview';
import { buildConfirmInput, confirmErrors, countStatuses, groupDocuments, initialTexts, isAllCreated } from './import-review-state';

const document = (key: string, status: DocumentPreview['status'], locale: DocumentPreview['locale'] = 'en'): DocumentPreview => ({
  key,
  name: `${key}.txt`,
  status,
  locale,
  title: `Title ${key}`,
  summary: '',
  body: `Body ${key}`,
  slug: `title-${key}`,
  encoding: 'utf-8',
  confidence: 1,
  captions: [],
  lines: [],
  warnings: [],
});

const preview: ImportPreview = {
  documents: [document('0', 'ready', 'en'), document('1', 'failed', null), document('2', 'warnings', 'zh'), document('3', 'ready', 'fr')],
  groups: [
    { keys: ['0', '2'], numbers: ['2024'], names: [] },
    { keys: ['3'], numbers: [], names: [] },
  ],
};

describe('import review state', () => {
  it('groups the readable documents as proposed and counts every status', () => {
    expect(groupDocuments(preview).map((group) => group.map((member) => member.key))).toEqual([['0', '2'], ['3']]);
    expect(countStatuses(preview.documents)).toEqual({ ready: 2, warnings: 1, failed: 1 });
  });

  it('sends the edited texts, an unchosen language as empty', () => {
    const texts = { ...initialTexts(preview), '2': { locale: null, title: 'Edited', summary: 'S', body: 'B', slug: '' } };
    expect(buildConfirmInput('t', preview, texts)).toEqual({
      token: 't',
      groups: [
        {
          members: [
            { name: '0.txt', locale: 'en', title: 'Title 0', summary: '', body: 'Body 0', slug: 'title-0' },
            { name: '2.txt', locale: '', title: 'Edited', summary: 'S', body: 'B', slug: '' },
          ],
        },
        { members: [{ name: '3.txt', locale: 'fr', title: 'Title 3', summary: '', body: 'Body 3', slug: 'title-3' }] },
      ],
    });
  });

  it('is done when every announcement was created, now or before', () => {
    expect(isAllCreated(undefined, 2)).toBe(false);
    expect(isAllCreated([{ status: 'created', announcementId: 'a' }, { status: 'failed', error: 'slugTaken' }], 2)).toBe(false);
    expect(isAllCreated([{ status: 'created', announcementId: 'a' }, { status: 'existing', announcementId: 'b' }], 2)).toBe(true);
  });

  it('shows the errors of the form or of the announcements that failed', () => {
    expect(confirmErrors(null)).toEqual({});
    expect(confirmErrors({ ok: false, error: 'invalid', fieldErrors: { token: ['invalid'] } })).toEqual({ token: ['invalid'] });
    const slug = { 'groups.1.members.0.slug': ['slugTaken' as const] };
    expect(
      confirmErrors({ ok: true, outcomes: [{ status: 'created', announcementId: 'a' }, { status: 'failed', error: 'slugTaken', fieldErrors: slug }] }),
    ).toEqual(slug);
  });
});
