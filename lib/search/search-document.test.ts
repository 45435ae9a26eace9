import { describe, expect, it } from 'vitest';
import { prepareSearchDocument } from './search-document';
import { HIGHLIGHT_END, HIGHLIGHT_START } from './snippet';

describe('prepareSearchDocument', () => {
  it('takes the configuration from the locale', () => {
    const base = { title: 'T', summary: '', body: '' };
    expect(prepareSearchDocument({ ...base, locale: 'ru' }).config).toBe('russian');
    expect(prepareSearchDocument({ ...base, locale: 'zh' }).config).toBe('simple');
    expect(prepareSearchDocument({ ...base, locale: 'ar' }).config).toBe('arabic');
  });

  it('indexes the body as plain text and keeps the fields apart for weighting', () => {
    const document = prepareSearchDocument({
      locale: 'en',
      title: 'Migration forum',
      summary: 'A short summary.',
      body: '## Opening\n\nThe [forum](https://example.org) **opened**.',
    });
    expect(document).toEqual({
      config: 'english',
      title: 'Migration forum',
      summary: 'A short summary.',
      body: 'Opening\nThe forum opened.',
      text: 'A short summary.\nOpening\nThe forum opened.',
    });
  });

  it('cuts Chinese into words in every field', () => {
    const document = prepareSearchDocument({
      locale: 'zh',
      title: '移民管理合作分论坛',
      summary: '国际移民组织',
      body: '来自各国的移民管理部门',
    });
    expect(document.title).toBe('移民 管理 合作 分 论坛');
    expect(document.summary).toBe('国际 移民 组织');
    expect(document.text).toBe('国际 移民 组织\n来自 各国 的 移民 管理 部门');
  });

  it('indexes full-width forms as the queries see them, but shows the text as written', () => {
    const document = prepareSearchDocument({ locale: 'zh', title: '论坛（２０２４）', summary: '', body: '论坛，２０２４' });
    expect(document.title).toBe('论坛(2024)');
    expect(document.text).toContain('２０２４');
  });

  it('removes NUL and the highlight marks from the content', () => {
    const document = prepareSearchDocument({
      locale: 'en',
      title: `a\u0000b`,
      summary: `x${HIGHLIGHT_START}y${HIGHLIGHT_END}z`,
      body: '',
    });
    expect(document.title).toBe('a b');
    expect(document.text).toBe('x y z');
  });
});
