import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { slugPattern, type DemoTranslation } from './content-schema';
import { loadDemoContent, rawReportsDir } from './load-content';

const content = loadDemoContent();
const translations = content.announcements.flatMap((a) => a.translations.map((t) => ({ ...t, folder: a.folder })));
const zhTexts = [
  ...translations.filter((t) => t.locale === 'zh').flatMap((t) => [t.title, t.summary, t.body]),
  ...content.events.map((e) => e.translations.zh.name + e.translations.zh.city),
  ...content.topics.map((t) => t.names.zh),
];
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

const junkLines: Record<string, RegExp> = {
  share: /share on (wechat|weibo)|use wechat to|^×$|分享到|扫一扫/i,
  breadcrumb: /当前位置|當前位置|首[页頁]\s*>|^\s*home\s*>/i,
  'photo caption': /^(a group photo of|a photo taken during|на месте проведения)/i,
  apology: /es scheint, dass sie|leider kann ich|i'?m sorry|as an ai/i,
  spam: /无码|國產|国产精品|在线观看|超碰/,
  'unrelated trailing line': /shanghai jiao tong|liens divers|stipendienvergabe|feuerübung/i,
  'lone dash': /^\s*[-–—•]\s*$/,
};
const pinyinAnnotation = /[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/;
const lostCharacter = /[\u3000-\u9fff\uff00-\uffef]\?|\?[\u3000-\u9fff\uff00-\uffef]|\ufffd/;

const linesOf = (t: DemoTranslation): string[] => [t.title, t.summary, ...t.body.split('\n')];
const label = (t: DemoTranslation & { folder: string }): string => `${t.folder}/${t.locale} (${t.raw})`;

describe('demo content: cleaning', () => {
  it.each(translations.map((t) => [label(t), t] as const))('%s has no junk lines', (_, t) => {
    for (const line of linesOf(t)) {
      for (const [kind, pattern] of Object.entries(junkLines)) {
        expect(pattern.test(line), `${kind}: ${line.slice(0, 80)}`).toBe(false);
      }
    }
  });

  it.each(translations.map((t) => [label(t), t] as const))('%s has no pinyin annotations or lost characters', (_, t) => {
    for (const line of linesOf(t)) {
      expect(line).not.toMatch(pinyinAnnotation);
      expect(line).not.toMatch(lostCharacter);
    }
  });

  it.each(translations.map((t) => [label(t), t] as const))('%s has title, summary and body paragraphs', (_, t) => {
    expect(t.title.trim()).not.toBe('');
    expect(t.summary.trim()).not.toBe('');
    expect(t.summary.length).toBeLessThan(600);
    const paragraphs = t.body.split('\n\n');
    expect(paragraphs.length).toBeGreaterThan(1);
    for (const paragraph of paragraphs) {
      expect(paragraph.trim(), 'a paragraph is one line, separated from the next by one blank line').toBe(paragraph);
      expect(paragraph).not.toBe('');
      expect(paragraph).not.toContain('\n');
    }
  });

  it('Chinese text is Simplified: converting it again changes nothing', () => {
    for (const text of zhTexts) expect(toSimplified(text)).toBe(text);
  });

  it('the Chair’s Statement keeps its numbered paragraphs in order, with a dateline first', () => {
    const zh = translations.find((t) => t.locale === 'zh');
    const numbers = zh?.body.split('\n\n').flatMap((p) => p.match(/^([一二三四五六七八九])、/)?.[1] ?? []);
    expect(numbers?.join('')).toBe('一二三四五六七八');
    expect(zh?.body.startsWith('（2024年9月10日，中国苏州）\n\n')).toBe(true);
    expect(zh?.body).toContain('奥尔戈对·马塞洛');
  });
});

describe('demo content: structure', () => {
  it('slugs are lowercase ASCII with hyphens and unique per locale', () => {
    const seen = new Set<string>();
    for (const t of translations) {
      expect(t.slug, label(t)).toMatch(slugPattern);
      const key = `${t.locale}/${t.slug}`;
      expect(seen.has(key), `duplicate slug ${key}`).toBe(false);
      seen.add(key);
    }
  });

  it('groups the five documents into three announcements', () => {
    const shape = content.announcements.map((a) => ({
      event: a.event,
      source: a.sourceLocale,
      locales: a.translations.map((t) => t.locale).sort(),
    }));
    expect(shape).toEqual([
      { event: 'migration-sub-forum-2024-suzhou', source: 'zh', locales: ['zh'] },
      { event: 'migration-sub-forum-2024-suzhou', source: 'en', locales: ['en', 'ru'] },
      { event: 'migration-sub-forum-2025-lianyungang', source: 'fr', locales: ['de', 'fr'] },
    ]);
  });

  it('each raw fixture is the origin of exactly one translation', () => {
    const rawFiles = content.announcements.flatMap((a) => a.translations.map((t) => t.raw));
    expect(new Set(rawFiles).size).toBe(5);
    for (const file of rawFiles) expect(existsSync(join(rawReportsDir, file)), file).toBe(true);
  });

  it('events, topics and dates fit together', () => {
    const events = new Map(content.events.map((e) => [e.slug, e]));
    const topics = new Set(content.topics.map((t) => t.slug));
    expect(events.size).toBe(2);
    for (const a of content.announcements) {
      const event = events.get(a.event);
      expect(event, a.folder).toBeDefined();
      if (event === undefined) continue;
      expect(a.eventDate >= event.startsOn && a.eventDate <= event.endsOn, a.folder).toBe(true);
      for (const topic of a.topics) expect(topics.has(topic), topic).toBe(true);
      for (const t of a.translations) {
        // Published on the closing day, Beijing time, where the forum took place.
        const beijingDay = new Date(t.publishedAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
        expect(beijingDay, label({ ...t, folder: a.folder })).toBe(event.endsOn);
      }
    }
  });
});
