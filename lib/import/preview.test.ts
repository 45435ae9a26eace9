import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from './decode';
import { previewBatch } from './preview';

const seed = (name: string) => new Uint8Array(readFileSync(new URL(`../../prisma/seed/raw/${name}`, import.meta.url)));
const chinese = { name: 'statement.txt', content: seed('004_8c4ea2540a8b17a3.txt') };
const english = { name: 'report-en.txt', content: seed('003_e408bdf1dee6f360.txt') };

describe('previewBatch', () => {
  it('shows a Chinese report with its removed lines, its warnings and a pinyin address', () => {
    const [document] = previewBatch([chinese]).documents;
    expect(document).toMatchObject({ key: '0', name: 'statement.txt', status: 'warnings', locale: 'zh', encoding: 'utf-8' });
    expect(document?.slug).toMatch(/^quan-qiu-gong-gong-an-quan/);
    expect(document?.lines.find((line) => line.reason === 'breadcrumb')?.text).toBe('當前位置: 首頁 > 移民管理要聞正文');
    expect(document?.warnings.map((warning) => warning.code)).toEqual([
      'question-mark-in-chinese',
      'stray-pinyin',
      'kana-in-chinese',
      'traditional-converted',
      'pinyin-removed',
    ]);
    expect(document?.warnings[0]).toMatchObject({ excerpt: '?', line: 5 });
    expect(document?.warnings.at(-1)).toEqual({ code: 'pinyin-removed', count: 156 });
  });

  it('calls a clean report ready', () => {
    const [document] = previewBatch([english]).documents;
    expect(document?.status).toBe('ready');
    expect(document?.warnings).toEqual([]);
  });

  it('refuses bad files by reason and keeps the others, grouping translations of one report', () => {
    const tooLarge = { name: 'huge.txt', content: new Uint8Array(MAX_IMPORT_BYTES + 1).fill(65) };
    const binary = { name: 'photo.jpg', content: Uint8Array.from([0xff, 0xd8, 0, 0]) };
    const preview = previewBatch([english, tooLarge, binary, chinese]);
    expect(preview.documents.map((document) => [document.status, document.failure?.reason])).toEqual([
      ['ready', undefined],
      ['failed', 'too-large'],
      ['failed', 'binary'],
      ['warnings', undefined],
    ]);
    expect(preview.documents[1]?.failure?.bytes).toBe(MAX_IMPORT_BYTES + 1);
    expect(preview.groups).toEqual([{ keys: ['0', '3'], numbers: expect.arrayContaining(['2024', '57']) as string[], names: expect.any(Array) as string[] }]);
  });

  it('reads pasted text; an unknown language needs a choice', () => {
    const [document] = previewBatch([{ name: '', content: 'Share on wechat\nOK' }]).documents;
    expect(document).toMatchObject({ status: 'warnings', locale: null });
    expect(document?.warnings.map((warning) => warning.code)).toContain('language-uncertain');
  });
});
