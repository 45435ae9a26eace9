import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../lib/markdown/render-markdown';
import { applyMarkdownCommand, type MarkdownCommand, type TextSelection } from './markdown-edits';

// A selection written inline: "[" and "]" mark its start and end, "|" a collapsed cursor.
function parse(marked: string): TextSelection {
  const cursor = marked.indexOf('|');
  if (cursor !== -1) return { value: marked.replace('|', ''), start: cursor, end: cursor };
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return { value: marked.replace('[', '').replace(']', ''), start, end };
}

function show({ value, start, end }: TextSelection): string {
  if (start === end) return `${value.slice(0, start)}|${value.slice(start)}`;
  return `${value.slice(0, start)}[${value.slice(start, end)}]${value.slice(end)}`;
}

const apply = (command: MarkdownCommand, marked: string) => show(applyMarkdownCommand(command, parse(marked)));

describe('bold and italic', () => {
  it.each([
    ['bold', 'a [word] here', 'a **[word]** here'],
    ['bold', 'a **[word]** here', 'a [word] here'],
    ['italic', 'a [word] here', 'a *[word]* here'],
    ['bold', 'a[ word ]here', 'a **[word]** here'],
    ['bold', 'empty |', 'empty **|**'],
    ['italic', '移民[管理]合作', '移民*[管理]*合作'],
  ] as const)('%s: %s → %s', (command, before, after) => {
    expect(apply(command, before)).toBe(after);
  });

  it('emphasises Chinese words without spaces around them', () => {
    const { value } = applyMarkdownCommand('bold', parse('移民[管理]合作'));
    expect(renderMarkdown(value)).toContain('<strong>管理</strong>');
  });
});

describe('link', () => {
  it('wraps the selected text and selects the address to type', () => {
    expect(apply('link', 'see [the report] now')).toBe('see [the report]([https://]) now');
  });

  it('puts the cursor in the link text when nothing is selected', () => {
    expect(apply('link', 'see | now')).toBe('see [|](https://) now');
  });
});

describe('line commands', () => {
  it.each([
    ['heading', 'Intro|', '## Intro|'],
    ['heading', '## Intro|', 'Intro|'],
    ['quote', 'one\n[two\nthree]\nfour', 'one\n[> two\n> three]\nfour'],
    ['quote', '[> two\n> three]', '[two\nthree]'],
    ['bulletList', '[a\nb]', '[- a\n- b]'],
    ['bulletList', '[- a\n- b]', '[a\nb]'],
    ['numberedList', '[a\n\nb]', '[1. a\n\n2. b]'],
    ['numberedList', '[- a\n- b]', '[1. a\n2. b]'],
    ['bulletList', '[1. a\n2. b]', '[- a\n- b]'],
    ['bulletList', 'x\n|', 'x\n- |'],
  ] as const)('%s: %j → %j', (command, before, after) => {
    expect(apply(command, before)).toBe(after);
  });

  it('works on the whole line when only part of it is selected', () => {
    expect(apply('bulletList', 'first\nse[con]d\nthird')).toBe('first\n[- second]\nthird');
  });

  it('leaves the next line alone when the selection ends at its start', () => {
    expect(apply('quote', '[one\n]two')).toBe('[> one]\ntwo');
  });

  it('makes a list the public renderer shows as a list', () => {
    const { value } = applyMarkdownCommand('numberedList', parse('Intro\n\n[first\nsecond]'));
    expect(renderMarkdown(value)).toMatch(/<ol>\s*<li>first<\/li>\s*<li>second<\/li>\s*<\/ol>/);
  });
});
