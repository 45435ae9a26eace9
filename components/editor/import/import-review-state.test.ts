import { describe, expect, it } from 'vitest';
import type { DocumentPreview, ImportPreview } from '@/lib/import/preview';
import { arrangeGroups, initialAssignment, separateId } from './import-grouping';
import { buildConfirmInput, confirmErrors, countStatuses, initialTexts, isAllCreated } from './import-review-state';

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
  const keysOf = (assignment: Record<string, string>) => arrangeGroups(preview, assignment).map((group) => group.documents.map((member) => member.key));

  it('groups the readable documents as proposed and counts every status', () => {
    expect(keysOf(initialAssignment(preview))).toEqual([['0', '2'], ['3']]);
    expect(arrangeGroups(preview, initialAssignment(preview))[0]?.proposal?.numbers).toEqual(['2024']);
    expect(countStatuses(preview.documents)).toEqual({ ready: 2, warnings: 1, failed: 1 });
  });

  it('splits a text off into an announcement of its own, after the proposed ones', () => {
    const split = { ...initialAssignment(preview), '0': separateId('0') };
    expect(keysOf(split)).toEqual([['2'], ['3'], ['0']]);
    expect(arrangeGroups(preview, split)[0]?.proposal?.numbers).toEqual(['2024']);
  });

  it('moves a text into another announcement after its texts, dropping the proposal there', () => {
    const moved = { ...initialAssignment(preview), '3': 'proposed-0' };
    expect(keysOf(moved)).toEqual([['0', '2', '3']]);
    expect(arrangeGroups(preview, moved)[0]?.proposal).toBeUndefined();
    expect(keysOf({ ...moved, '0': separateId('0'), '2': separateId('0') })).toEqual([['3'], ['0', '2']]);
  });

  it('sends the edited texts, an unchosen language as empty', () => {
    const texts = { ...initialTexts(preview), '2': { locale: null, title: 'Edited', summary: 'S', body: 'B', slug: '' } };
    expect(buildConfirmInput('t', arrangeGroups(preview, initialAssignment(preview)), texts)).toEqual({
      token: 't',
      groups: [
        {
          members: [
            { key: '0', name: '0.txt', locale: 'en', title: 'Title 0', summary: '', body: 'Body 0', slug: 'title-0' },
            { key: '2', name: '2.txt', locale: '', title: 'Edited', summary: 'S', body: 'B', slug: '' },
          ],
        },
        { members: [{ key: '3', name: '3.txt', locale: 'fr', title: 'Title 3', summary: '', body: 'Body 3', slug: 'title-3' }] },
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
