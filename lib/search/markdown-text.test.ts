import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from './markdown-text';

describe('markdownToPlainText', () => {
  it('keeps the words of headings, paragraphs and emphasis', () => {
    expect(markdownToPlainText('# Forum opens\n\nThe **sub-forum** on _migration_ began.')).toBe(
      'Forum opens\nThe sub-forum on migration began.',
    );
  });

  it('keeps link text and image alt text, not URLs', () => {
    expect(markdownToPlainText('See [the statement](https://example.org/x) ![Delegates in Suzhou](a.jpg)')).toBe(
      'See the statement Delegates in Suzhou',
    );
  });

  it('puts list items and table cells apart', () => {
    expect(markdownToPlainText('- one\n- two\n\n| a | b |\n|---|---|\n| c | d |')).toBe('one\ntwo\na b\nc d');
  });

  it('keeps code text and drops raw HTML tags', () => {
    expect(markdownToPlainText('Use `websearch`.\n\n<script>alert(1)</script>\n\n<b>bold</b> word')).toBe(
      'Use websearch.\nbold word',
    );
  });

  it('passes text of every script through', () => {
    expect(markdownToPlainText('移民管理合作分论坛\n\n**миграционная** политика')).toBe(
      '移民管理合作分论坛\nмиграционная политика',
    );
  });

  it('gives an empty string for an empty body', () => {
    expect(markdownToPlainText('')).toBe('');
  });
});
