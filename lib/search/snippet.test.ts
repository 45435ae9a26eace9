import { describe, expect, it } from 'vitest';
import { HEADLINE_OPTIONS, HIGHLIGHT_END as E, HIGHLIGHT_START as S, parseSnippet } from './snippet';

describe('parseSnippet', () => {
  it('splits plain and highlighted text', () => {
    expect(parseSnippet(`The ${S}migration${E} policy`)).toEqual([
      { text: 'The ', highlight: false },
      { text: 'migration', highlight: true },
      { text: ' policy', highlight: false },
    ]);
  });

  it('keeps markup of the content as text, to be escaped when rendered', () => {
    expect(parseSnippet(`<script>alert(1)</script> ${S}<b>x</b>${E}`)).toEqual([
      { text: '<script>alert(1)</script> ', highlight: false },
      { text: '<b>x</b>', highlight: true },
    ]);
  });

  it('joins segmented Chinese and merges adjacent highlights', () => {
    expect(parseSnippet(`来自 各国 的 ${S}移民${E} ${S}管理${E} 部门`)).toEqual([
      { text: '来自各国的', highlight: false },
      { text: '移民管理', highlight: true },
      { text: '部门', highlight: false },
    ]);
  });

  it('turns line breaks into spaces and trims', () => {
    expect(parseSnippet(`\n first line\nsecond ${S}line${E}\n`)).toEqual([
      { text: 'first line second ', highlight: false },
      { text: 'line', highlight: true },
    ]);
  });

  it('tolerates unbalanced marks', () => {
    expect(parseSnippet(`a${E}b${S}c`)).toEqual([
      { text: 'ab', highlight: false },
      { text: 'c', highlight: true },
    ]);
  });

  it('gives no parts for an empty headline', () => {
    expect(parseSnippet('')).toEqual([]);
  });

  it('passes the marks to ts_headline', () => {
    expect(HEADLINE_OPTIONS).toContain(`StartSel=${S}`);
    expect(HEADLINE_OPTIONS).toContain(`StopSel=${E}`);
  });
});
