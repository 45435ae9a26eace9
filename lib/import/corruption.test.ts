import { describe, expect, it } from 'vitest';
import { findCorruption } from './corruption';

const codes = (text: string, chinese = true) => findCorruption(text, chinese).map((w) => [w.code, w.position]);

describe('findCorruption', () => {
  it('flags the corrupted name from the seed report without changing it', () => {
    expect(codes('国际刑警组织秘书长奥尔戈?duì)枴ゑR塞洛出席')).toEqual([
      ['question-mark-in-chinese', { line: 1, column: 13 }],
      ['stray-pinyin', { line: 1, column: 14 }],
      ['kana-in-chinese', { line: 1, column: 19 }],
    ]);
  });

  it('flags U+FFFD and mojibake on the right line', () => {
    expect(codes('fine\nbro\uFFFDken', false)).toEqual([['replacement-character', { line: 2, column: 4 }]]);
    expect(codes('CafÃ© crÃ¨me', false).map(([code]) => code)).toEqual(['mojibake', 'mojibake']);
  });

  it('leaves clean text and question marks in Latin text alone', () => {
    expect(findCorruption('全球公共安全合作论坛在连云港举行。', true)).toEqual([]);
    expect(findCorruption('What next? The forum (Lianyungang) met.', false)).toEqual([]);
  });

  it('flags kana only in Chinese documents', () => {
    expect(findCorruption('東京 カタカナ', false)).toEqual([]);
  });
});
