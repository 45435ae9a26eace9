import { describe, expect, it } from 'vitest';
import { diffTexts } from './text-diff';

const text = (overrides: Partial<Record<'title' | 'summary' | 'slug' | 'body', string>>) => ({
  title: 'Statement',
  summary: '',
  slug: 'statement',
  body: 'First paragraph.\n\nSecond paragraph.\n',
  ...overrides,
});

describe('diffTexts', () => {
  it('marks added and removed words in the title', () => {
    const [title] = diffTexts(text({ title: 'Chair statement' }), text({ title: 'Chairman statement' }), 'en');
    expect(title?.changed).toBe(true);
    expect(title?.parts).toEqual(
      expect.arrayContaining([
        { value: 'Chair', change: 'removed' },
        { value: 'Chairman', change: 'added' },
      ]),
    );
  });

  it('compares the body by lines and reports unchanged fields as such', () => {
    const diff = diffTexts(text({}), text({ body: 'First paragraph.\n\nSecond paragraph, revised.\n' }), 'en');
    const body = diff.find((field) => field.field === 'body');
    expect(body?.parts.filter((part) => part.change === 'removed').map((part) => part.value)).toEqual(['Second paragraph.\n']);
    expect(body?.parts.filter((part) => part.change === 'added').map((part) => part.value)).toEqual([
      'Second paragraph, revised.\n',
    ]);
    expect(diff.find((field) => field.field === 'summary')?.changed).toBe(false);
  });

  it('finds Chinese words without spaces', () => {
    const [title] = diffTexts(text({ title: '移民管理合作' }), text({ title: '边境管理合作' }), 'zh');
    const removed = title?.parts.filter((part) => part.change === 'removed').map((part) => part.value).join('');
    expect(removed).toBe('移民');
  });
});
