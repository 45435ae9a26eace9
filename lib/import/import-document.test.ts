import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDocument } from './import-document';

const seed = (name: string) => readFileSync(new URL(`../../prisma/seed/raw/${name}`, import.meta.url));
const reasons = (name: string) => importDocument(seed(name)).removed.map((entry) => entry.reason);

// The five raw reports of the demo seed, each with the junk it arrived with.
describe('importDocument on the seed reports', () => {
  it('German report: removes the machine apology and the unrelated headlines after it', () => {
    const result = importDocument(seed('000_d228a7edf89d6eb3.txt'));
    expect(result).toMatchObject({ locale: 'de', encoding: 'utf-8' });
    expect(result.confidence).toBeGreaterThan(0.8);
    expect(reasons('000_d228a7edf89d6eb3.txt')).toEqual(['machine-apology', 'trailing-headline', 'trailing-headline']);
    expect(result.body).not.toContain('Es scheint');
    expect(result.title).toMatch(/^Das globale Forum für öffentliche Sicherheitskooperation 2025, das am 17\. und 18\. September/);
  });

  it('French report: removes the related-news links at the end', () => {
    const result = importDocument(seed('001_33fb4347035f3d12.txt'));
    expect(result.locale).toBe('fr');
    expect(reasons('001_33fb4347035f3d12.txt')).toEqual(['trailing-headline', 'trailing-headline', 'trailing-headline']);
    expect(result.body).not.toContain('Shanghai Jiao Tong');
  });

  it('Russian report: takes the heading as title and keeps the repeated photo caption once, apart', () => {
    const result = importDocument(seed('002_ea2a196cedd7ecc8.txt'));
    expect(result.locale).toBe('ru');
    expect(result.title.startsWith('Подфорум по сотрудничеству в области управления миграцией')).toBe(true);
    expect(result.captions).toHaveLength(1);
    expect(result.captions[0]?.startsWith('На месте проведения подфорума')).toBe(true);
    expect(result.body).not.toContain('На месте проведения');
  });

  it('English report: removes the share widget and keeps both photo captions apart', () => {
    const result = importDocument(seed('003_e408bdf1dee6f360.txt'));
    expect(result.locale).toBe('en');
    expect(result.title).toBe(
      'Sub-Forum on Migration Management Cooperation of 2024 Conference of Global Public Security Cooperation Forum (Lianyungang) Kicks off in Suzhou, Jiangsu Province',
    );
    expect(result.captions).toHaveLength(2);
    expect(result.body).not.toMatch(/wechat|A photo taken/i);
  });

  it('Chinese statement: removes breadcrumb, pinyin and spam, converts to Simplified and flags the corrupted name', () => {
    const result = importDocument(seed('004_8c4ea2540a8b17a3.txt'));
    expect(result).toMatchObject({ locale: 'zh', convertedFromTraditional: true });
    expect(result.title).toBe('全球公共安全合作论坛（连云港）移民管理合作分论坛主席声明');
    expect(result.body.startsWith('（2024年9月10日，中国苏州）')).toBe(true);
    expect(result.body).not.toMatch(/dāng|當|国产精品/);
    expect(reasons('004_8c4ea2540a8b17a3.txt')).toEqual(['pinyin-annotation', 'breadcrumb', 'seo-spam']);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['question-mark-in-chinese', 'stray-pinyin', 'kana-in-chinese']);
    const line = result.body.split('\n')[(result.warnings[0]?.position?.line ?? 0) - 1] ?? '';
    expect([...line][(result.warnings[0]?.position?.column ?? 0) - 1]).toBe('?');
    expect(result.warnings[0]?.excerpt).toBe('?');
    expect(result.pinyinRemoved).toBe(156);
    expect(result.lines[0]).toEqual({ text: '當前位置: 首頁 > 移民管理要聞正文', reason: 'breadcrumb' });
    expect(result.lines.filter((entry) => entry.reason !== null).map((entry) => entry.reason)).toEqual(['breadcrumb', 'seo-spam']);
  });
});

describe('importDocument options and edge cases', () => {
  it('accepts pasted text and a locale chosen by the editor', () => {
    const result = importDocument('Forum\nShort text.', { locale: 'en' });
    expect(result).toMatchObject({ locale: 'en', confidence: 1, title: 'Forum', encoding: 'text' });
    expect(result.warnings).toEqual([]);
  });

  it('warns when the language is uncertain or nothing is left', () => {
    expect(importDocument('Share on wechat\n×').warnings.map((warning) => warning.code)).toEqual(['language-uncertain', 'empty-body']);
  });

  it('answers a pasted text of 200,000 control characters or junk lines (it used to hang, then overflow the stack)', () => {
    expect(importDocument('\u0000'.repeat(200_000)).warnings.filter(({ code, inTitle }) => code === 'odd-symbol' && !inTitle)).toHaveLength(200_000);
    expect(importDocument('-\n'.repeat(200_000)).removed).toHaveLength(200_000);
  });

  it('uses Chinese punctuation where the lines of a Chinese heading are joined', () => {
    const result = importDocument('全球公共安全合作论坛（连云港）\n,移民管理合作分论坛主席声明\n各方代表出席了分论坛的开幕式并发表讲话。', { locale: 'zh' });
    expect(result.title).toBe('全球公共安全合作论坛（连云港），移民管理合作分论坛主席声明');
  });

  it('marks corruption found in the title as such', () => {
    const [warning] = importDocument('全球公共安全合作论坛?分论坛\n各方代表出席了分论坛的开幕式并发表讲话。', { locale: 'zh' }).warnings;
    expect(warning).toMatchObject({ code: 'question-mark-in-chinese', inTitle: true, position: null });
  });
});
