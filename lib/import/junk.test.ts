import { describe, expect, it } from 'vitest';
import { removeJunk } from './junk';

const paragraph = (topic: string) =>
  `${topic} The sub-forum on migration management cooperation brought together heads of immigration authorities from many countries and regions, who discussed migration governance, border security and cooperation in depth.`;

const reasonsOf = (lines: string[]) => removeJunk(lines).removed.map((entry) => [entry.reason, entry.line]);

describe('removeJunk', () => {
  it.each([
    ['breadcrumb', '当前位置：首页 > 要闻'],
    ['breadcrumb', 'Home > News > Migration'],
    ['share-widget', 'Share on wechat'],
    ['share-widget', 'Use wechat to "scan" to share the web page with your wechat friends.'],
    ['share-widget', '分享到：微博 微信'],
    ['cookie-banner', 'This site uses cookies. By continuing you accept our use of cookies.'],
    ['copyright', '© 2024 National Immigration Administration. All rights reserved.'],
    ['copyright', '版权所有：国家移民管理局'],
    ['machine-apology', 'Es scheint, dass Sie Informationen zu einer Unternehmensregistrierung bereitgestellt haben.'],
    ['machine-apology', "I'm sorry, but I can't help with that."],
    ['machine-apology', 'К сожалению, я не могу помочь с этим текстом.'],
    ['machine-apology', '很抱歉，我无法处理这段文字。'],
    ['seo-spam', '国产精品无码加勒比在线,国产鲁鲁视频在线观看,在线无码国产观看播放网址'],
    ['seo-spam', 'cheap flights, best hotels, casino bonus, free spins, online deals'],
    ['link', 'https://example.com/news/123'],
    ['separator', '-'],
    ['separator', '×'],
  ])('removes %s: %s', (reason, line) => {
    expect(reasonsOf([paragraph('One.'), line, paragraph('Two.')])).toEqual([[reason, line]]);
  });

  it('keeps photo captions apart and removes their repetitions', () => {
    const caption = 'A photo taken during the Sub-Forum on Migration Management Cooperation';
    const result = removeJunk([paragraph('One.'), caption, paragraph('Two.'), caption, paragraph('Three.')]);
    expect(result.captions).toEqual([caption]);
    expect(result.removed.map((entry) => entry.reason)).toEqual(['photo-caption', 'repeated']);
    expect(result.kept).toHaveLength(3);
  });

  it('reviews every line in order: the first of two equal lines is kept, the second is the repetition', () => {
    const repeated = paragraph('Repeated.');
    const result = removeJunk([repeated, 'Share on wechat', repeated]);
    expect(result.reviewed).toEqual([
      { text: repeated, reason: null },
      { text: 'Share on wechat', reason: 'share-widget' },
      { text: repeated, reason: 'repeated' },
    ]);
  });

  it('treats a short unpunctuated line between paragraphs as a caption, but not a title at the top', () => {
    const title = 'Sub-Forum on Migration Management Cooperation Kicks off in Suzhou';
    const caption = 'Participants of the sub-forum in Suzhou';
    const result = removeJunk([title, paragraph('One.'), caption, paragraph('Two.')]);
    expect(result.kept[0]).toBe(title);
    expect(result.captions).toEqual([caption]);
  });

  it('removes unrelated headlines after the article and keeps a related closing line', () => {
    const closing = 'The participants thanked the hosts of the migration management sub-forum for their cooperation.';
    const related = [paragraph('One.'), paragraph('Two.'), closing];
    expect(removeJunk(related).kept).toContain(closing);
    const headlines = ['Scholarship results announced for the bachelor programme in Chinese', 'Fire drill held at the international institute'];
    const result = removeJunk([...related, ...headlines]);
    expect(result.removed).toEqual(headlines.map((line) => ({ line, reason: 'trailing-headline' })));
  });

  it('keeps ordinary sentences, including those mentioning photos or sorry in passing', () => {
    const lines = [paragraph('One.'), 'The minister said he was sorry to miss the photo session.', paragraph('Two.')];
    expect(removeJunk(lines).removed).toEqual([]);
  });
});
