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
    ['cookie-banner', 'يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.'],
    ['machine-apology', 'عذراً، لا أستطيع ترجمة هذا النص.'],
    ['machine-apology', 'عذرًا، لا أستطيع ترجمة هذا النص.'],
    ['seo-spam', 'تذاكر طيران رخيصة، أفضل الفنادق، كازينو أون لاين، قروض سريعة'],
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

  it('treats a run of short unpunctuated lines before a paragraph as captions, so cleaning again changes nothing', () => {
    const lines = [paragraph('One.'), 'Delegates in Lianyungang', 'Photo credit: Xinhua', paragraph('Two.')];
    expect(removeJunk(lines).captions).toEqual(['Delegates in Lianyungang', 'Photo credit: Xinhua']);
  });

  it('removes unrelated headlines after the article and keeps a related closing line', () => {
    const closing = 'The participants thanked the hosts of the migration management sub-forum for their cooperation.';
    const related = [paragraph('One.'), paragraph('Two.'), closing];
    expect(removeJunk(related).kept).toContain(closing);
    const headlines = ['Scholarship results announced for the bachelor programme in Chinese', 'Fire drill held at the international institute'];
    const result = removeJunk([...related, ...headlines]);
    expect(result.removed).toEqual(headlines.map((line) => ({ line, reason: 'trailing-headline' })));
  });

  it('keeps a closing paragraph just short of paragraph length after the last paragraph', () => {
    const closing = '与会代表还商定交换紧急情况联络人，并将于明年再次举行会议，评估培训计划的进展、费用以及各边境警察部门报告的首批成果，共同提升口岸执法能力。';
    const headline = '春季音乐会门票现已开售';
    const article = ['该计划将于明年春季启动，课程包括识别伪造证件、风险分析以及保护弱势旅客，每个参与的边境警察部门都将派出教官和学员参加联合课程，并分担相关费用和组织工作。'];
    const result = removeJunk([...article, ...article.map((line) => line.replace('明年', '后年')), closing, headline]);
    expect(result.kept).toContain(closing);
    expect(result.removed).toEqual([{ line: headline, reason: 'trailing-headline' }]);
  });

  it('keeps ordinary sentences, including those mentioning photos or sorry in passing', () => {
    const lines = [paragraph('One.'), 'The minister said he was sorry to miss the photo session.', paragraph('Two.')];
    expect(removeJunk(lines).removed).toEqual([]);
  });
});
